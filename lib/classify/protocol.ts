import type { ClippingInput, ClippingPrediction } from './engine';
import type { ModelSetup } from './registry';

/** What the settings page shows about a loaded model. */
export interface ModelInfo {
  tone: { id: string; version: string; labels: string[] };
  topic: { id: string; version: string; labels: string[] } | null;
  loadMs: number;
  /** Size of the model files read (from the loader's progress reports). */
  bytes: number;
}

export interface LoadProgress {
  file?: string;
  loaded?: number;
  total?: number;
  /** 0..100 */
  progress?: number;
}

/** Messages between the background and the inference worker (through the offscreen page on Chromium). */
export type WorkerRequest =
  | { id: number; type: 'classify'; inputs: ClippingInput[]; setup: ModelSetup }
  | { id: number; type: 'load'; setup: ModelSetup };
export type WorkerResponse =
  | { id: number; type: 'result'; predictions: ClippingPrediction[] }
  | { id: number; type: 'loaded'; info: ModelInfo }
  | { id: number; type: 'progress'; progress: LoadProgress }
  | { id: number; type: 'error'; message: string };

/** The bundled models, as folders under the extension's public/models/. */
export const BUNDLED_MODELS = { tone: 'kliping-tone', topic: 'kliping-topic' } as const;
