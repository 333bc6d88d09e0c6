/** The decision worker: hybrid and frontier blocks, and their analysis (never $app/*). */
import * as Comlink from 'comlink';
import { chunkTransferables } from '../decision/paths';
import { createDecisionWorkerApi, type DecisionWorkerApi } from './decision-runner';

const api = createDecisionWorkerApi();

Comlink.expose({
	runChunk(...args: Parameters<DecisionWorkerApi['runChunk']>) {
		const chunk = api.runChunk(...args);
		return Comlink.transfer(chunk, chunkTransferables(chunk));
	},
	analyse: api.analyse
} satisfies DecisionWorkerApi);
