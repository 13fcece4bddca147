import type { ClippingInput, ClippingPrediction } from './engine';

/** Messages between the background and the inference worker (through the offscreen page on Chromium). */
export type WorkerRequest = { id: number; type: 'classify'; input: ClippingInput; modelsBaseUrl: string };
export type WorkerResponse =
  | { id: number; type: 'result'; prediction: ClippingPrediction }
  | { id: number; type: 'error'; message: string };

/** The bundled models, as folders under the extension's public/models/. */
export const BUNDLED_MODELS = { tone: 'kliping-tone', topic: 'kliping-topic' } as const;
