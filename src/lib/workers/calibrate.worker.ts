/** The calibration worker: reads a customer file and fits it off the main thread (never $app/*). */
import * as Comlink from 'comlink';
import { runCalibration, type CalibrationWorkerApi } from './calibration';

Comlink.expose({ run: runCalibration } satisfies CalibrationWorkerApi);
