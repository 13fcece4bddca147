/** Starts the inference worker; Vite bundles worker.ts and its wasm into the extension. */
export function createInferenceWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
