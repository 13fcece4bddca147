import type { ClippingInput, ClippingPrediction } from './engine';
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface InferenceHost {
  classify(input: ClippingInput): Promise<ClippingPrediction>;
  dispose(): void;
}

/** Unload the model after this long without work, to give the memory back. */
export const IDLE_UNLOAD_MS = 120_000;

/**
 * Runs classification in a dedicated worker, started on first need and terminated after idle time.
 * Used by the offscreen page (Chromium) and directly by the background page (Firefox).
 */
export function createWorkerHost(createWorker: () => Worker, modelsBaseUrl: string, idleMs = IDLE_UNLOAD_MS): InferenceHost {
  let worker: Worker | null = null;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, { resolve: (p: ClippingPrediction) => void; reject: (e: Error) => void }>();

  const stop = () => {
    worker?.terminate();
    worker = null;
    for (const { reject } of pending.values()) reject(new Error('Mesin klasifikasi dihentikan.'));
    pending.clear();
  };
  const start = () => {
    const created = createWorker();
    created.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if (event.data.type === 'result') waiting.resolve(event.data.prediction);
      else waiting.reject(new Error(event.data.message));
    };
    created.onerror = (event) => {
      for (const { reject } of pending.values()) reject(new Error(`Mesin klasifikasi berhenti: ${event.message || 'galat tak dikenal'}`));
      pending.clear();
      worker = null;
    };
    return created;
  };

  return {
    classify(input) {
      clearTimeout(idleTimer);
      worker ??= start();
      const id = nextId++;
      const request: WorkerRequest = { id, type: 'classify', input, modelsBaseUrl };
      const result = new Promise<ClippingPrediction>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage(request);
      return result.finally(() => {
        if (pending.size === 0) idleTimer = setTimeout(stop, idleMs);
      });
    },
    dispose: stop,
  };
}
