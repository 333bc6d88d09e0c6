/**
 * What a simulation worker exposes: the chunk API with every typed array of a response
 * transferred, not copied. The worker file and the tests' stand-in workers both use it.
 */
import * as Comlink from 'comlink';
import { chunkBuffers } from '../sim/blocks';
import type { ChunkWorkerApi } from './runner';

export function transferringApi(api: ChunkWorkerApi): Required<ChunkWorkerApi> {
	return {
		runChunk(...args: Parameters<ChunkWorkerApi['runChunk']>) {
			const chunk = api.runChunk(...args);
			return Comlink.transfer(chunk, chunkBuffers(chunk));
		},
		summarizeBands(...args: Parameters<Required<ChunkWorkerApi>['summarizeBands']>) {
			if (!api.summarizeBands) throw new Error('This worker cannot summarise bands');
			const bands = api.summarizeBands(...args);
			return Comlink.transfer(
				bands,
				bands.map((band) => band.buffer as ArrayBuffer)
			);
		}
	};
}
