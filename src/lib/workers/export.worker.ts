/**
 * The export worker: runs a scenario the way the CLI does (every metric banded) and writes the
 * result JSON or the per-path CSV, off the page's thread. It keeps the last run, so asking for
 * both files of one scenario simulates it once.
 */
import * as Comlink from 'comlink';
import { createExportApi } from './export-api';

Comlink.expose(createExportApi());
