/** The simulation worker: computes chunks and transfers their typed arrays back (never $app/*). */
import * as Comlink from 'comlink';
import { chunkBuffers } from '../sim/blocks';
import { createChunkWorkerApi, type ChunkWorkerApi } from './runner';

const api = createChunkWorkerApi();

Comlink.expose({
	runChunk(...args: Parameters<ChunkWorkerApi['runChunk']>) {
		const chunk = api.runChunk(...args);
		return Comlink.transfer(chunk, chunkBuffers(chunk));
	}
} satisfies ChunkWorkerApi);
