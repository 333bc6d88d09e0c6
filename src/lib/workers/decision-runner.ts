/**
 * Runs decision analytics (hybrids, frontier points) off the page's thread: blocks go to a small
 * pool of decision workers in block order and are collected in block order, then one worker
 * analyses the collected paths, so the numbers are those of the in-process `decide`/`frontier`.
 * Several jobs may be in flight (the analytics and a frontier); each can be aborted, which stops
 * the workers busy with it at once so the next simulation gets the cores.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../scenario/types';
import { planChunks } from '../sim/blocks';
import { makeParamPlan } from '../sim/params';
import { analyseDecision, type DecisionResult } from '../decision/analyse';
import type { DecisionSpec } from '../decision/crn';
import { analyseFrontier, type FrontierResult } from '../decision/frontier';
import {
	DecisionCollector,
	dataTransferables,
	decisionShape,
	runDecisionChunk,
	type DecisionChunk,
	type DecisionData
} from '../decision/paths';
import { abortError, errorMessage } from './runner';

/** What a decision worker computes. */
export interface DecisionWorkerApi {
	runChunk(
		scenario: Scenario,
		spec: DecisionSpec,
		firstBlock: number,
		count: number
	): DecisionChunk;
	analyse(
		scenario: Scenario,
		spec: DecisionSpec,
		data: DecisionData
	): DecisionResult | FrontierResult;
}

/** The computations themselves (the worker's, and the in-process stand-in for tests). */
export function createDecisionWorkerApi(): DecisionWorkerApi {
	return {
		runChunk: runDecisionChunk,
		analyse(scenario, spec, data) {
			if (spec.kind === 'frontier')
				return analyseFrontier(scenario, spec.strategy, spec.steps, data);
			return analyseDecision(
				scenario,
				data,
				makeParamPlan(scenario).drawn.map((p) => p.path)
			);
		}
	};
}

/** The result type of a spec. */
export type DecisionOutput<S extends DecisionSpec> = S extends { kind: 'frontier' }
	? FrontierResult
	: DecisionResult;

export interface DecisionProgress {
	doneBlocks: number;
	totalBlocks: number;
	/** Paths the job uses (P). */
	paths: number;
}

export interface DecisionRunOptions {
	signal?: AbortSignal;
	onProgress?: (progress: DecisionProgress) => void;
}

/** Something that answers DecisionWorkerApi calls (a worker via comlink, or an object). */
interface Endpoint {
	api: DecisionWorkerApi | Comlink.Remote<DecisionWorkerApi>;
	terminate(): void;
	busyWith?: Job;
	/** Rejects the call in flight when the worker dies. */
	died?: (error: Error) => void;
}

interface Job {
	scenario: Scenario;
	spec: DecisionSpec;
	collector: DecisionCollector;
	plan: { firstBlock: number; blockCount: number }[];
	next: number;
	analysing: boolean;
	settled: boolean;
	onProgress?: (progress: DecisionProgress) => void;
	resolve(value: DecisionResult | FrontierResult): void;
	reject(error: unknown): void;
}

export interface DecisionRunnerOptions {
	/** Workers (default 2). */
	size?: number;
	/** Starts one endpoint (default: the module worker decision.worker.ts). */
	createEndpoint?: () => { api: Endpoint['api']; terminate(): void; worker?: Worker };
}

function workerEndpoint() {
	const worker = new Worker(new URL('./decision.worker.ts', import.meta.url), { type: 'module' });
	return {
		api: Comlink.wrap<DecisionWorkerApi>(worker),
		terminate: () => worker.terminate(),
		worker
	};
}

export class DecisionRunner {
	private readonly size: number;
	private readonly create: NonNullable<DecisionRunnerOptions['createEndpoint']>;
	private endpoints: Endpoint[] = [];
	private jobs: Job[] = [];
	private disposed = false;

	constructor(options: DecisionRunnerOptions = {}) {
		this.size = Math.max(1, Math.floor(options.size ?? 2));
		this.create = options.createEndpoint ?? workerEndpoint;
	}

	run<S extends DecisionSpec>(
		scenario: Scenario,
		spec: S,
		options: DecisionRunOptions = {}
	): Promise<DecisionOutput<S>> {
		if (this.disposed) return Promise.reject(new Error('The decision runner was disposed'));
		if (options.signal?.aborted) return Promise.reject(abortError());
		return new Promise((resolve, reject) => {
			const shape = decisionShape(scenario, spec);
			const job: Job = {
				scenario,
				spec,
				collector: new DecisionCollector(shape),
				plan: planChunks(shape.paths, 1),
				next: 0,
				analysing: false,
				settled: false,
				onProgress: options.onProgress,
				resolve: resolve as Job['resolve'],
				reject
			};
			options.signal?.addEventListener('abort', () => this.cancel(job), { once: true });
			this.jobs.push(job);
			while (this.endpoints.length < this.size) this.endpoints.push(this.spawn());
			job.onProgress?.({ doneBlocks: 0, totalBlocks: job.plan.length, paths: shape.paths });
			this.pump();
		});
	}

	dispose(): void {
		this.disposed = true;
		for (const job of [...this.jobs]) this.cancel(job);
		for (const endpoint of this.endpoints) endpoint.terminate();
		this.endpoints = [];
	}

	private cancel(job: Job): void {
		if (job.settled) return;
		this.finish(job);
		job.reject(abortError());
		// Stop its work now: the cores are wanted by whatever replaces it.
		this.endpoints = this.endpoints.map((e) => {
			if (e.busyWith !== job) return e;
			e.terminate();
			return this.spawn();
		});
		this.pump();
	}

	private finish(job: Job): void {
		job.settled = true;
		this.jobs = this.jobs.filter((j) => j !== job);
	}

	private pump(): void {
		for (const endpoint of this.endpoints) {
			if (endpoint.busyWith) continue;
			const job = this.jobs.find(
				(j) => j.next < j.plan.length || (j.collector.done && !j.analysing)
			);
			if (!job) return;
			if (job.next < job.plan.length) this.dispatchChunk(endpoint, job);
			else this.dispatchAnalysis(endpoint, job);
		}
	}

	private call<T>(endpoint: Endpoint, job: Job, work: () => Promise<T> | T): Promise<T> {
		endpoint.busyWith = job;
		const death = new Promise<never>((_, reject) => (endpoint.died = reject));
		return Promise.race([Promise.resolve().then(work), death]).finally(() => {
			endpoint.busyWith = undefined;
			endpoint.died = undefined;
		});
	}

	private dispatchChunk(endpoint: Endpoint, job: Job): void {
		const chunk = job.plan[job.next++]!;
		this.call(endpoint, job, () =>
			endpoint.api.runChunk(job.scenario, job.spec, chunk.firstBlock, chunk.blockCount)
		).then(
			(result) => {
				if (!job.settled) {
					job.collector.add(result as DecisionChunk);
					job.onProgress?.({
						doneBlocks: job.collector.completedBlocks,
						totalBlocks: job.plan.length,
						paths: job.collector.shape.paths
					});
				}
				this.pump();
			},
			(error) => this.fail(job, error)
		);
	}

	private dispatchAnalysis(endpoint: Endpoint, job: Job): void {
		job.analysing = true;
		const data = job.collector.data();
		this.call(endpoint, job, () =>
			endpoint.api.analyse(job.scenario, job.spec, Comlink.transfer(data, dataTransferables(data)))
		).then(
			(result) => {
				if (!job.settled) {
					this.finish(job);
					job.resolve(result as DecisionResult | FrontierResult);
				}
				this.pump();
			},
			(error) => this.fail(job, error)
		);
	}

	private fail(job: Job, error: unknown): void {
		if (!job.settled) {
			this.finish(job);
			job.reject(new Error(`A decision worker failed: ${errorMessage(error)}`, { cause: error }));
		}
		this.pump();
	}

	private spawn(): Endpoint {
		const created = this.create();
		const endpoint: Endpoint = { api: created.api, terminate: created.terminate };
		created.worker?.addEventListener('error', (event) => {
			event.preventDefault();
			endpoint.died?.(new Error(event.message || 'it crashed or its script could not be loaded'));
		});
		return endpoint;
	}
}
