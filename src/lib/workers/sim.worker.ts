/** The simulation worker: computes chunks and band summaries, transferring their typed arrays back (never $app/*). */
import * as Comlink from 'comlink';
import { transferringApi } from './endpoint';
import { createChunkWorkerApi } from './runner';

Comlink.expose(transferringApi(createChunkWorkerApi()));
