import type { ClippingInput, ClippingPrediction } from './engine';
import type { LoadProgress, ModelInfo, WorkerRequest, WorkerResponse } from './protocol';
import type { ModelSetup } from './registry';

export interface InferenceHost {
  /** Predictions in the order of `inputs`; the clippings are classified as one batch. */
  classifyMany(inputs: ClippingInput[], setup: ModelSetup): Promise<ClippingPrediction[]>;
  /** Loads (downloading if remote) and checks a model setup, reporting progress. */
  load(setup: ModelSetup, onProgress?: (progress: LoadProgress) => void): Promise<ModelInfo>;
  dispose(): void;
}

/** Unload the model after this long without work, to give the memory back. */
export const IDLE_UNLOAD_MS = 120_000;

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Waiting = { resolve: (value: never) => void; reject: (e: Error) => void; onProgress?: (p: LoadProgress) => void };

/**
 * Runs classification in a dedicated worker, started on first need and terminated after idle time.
 * Used by the offscreen page (Chromium) and directly by the background page (Firefox).
 */
export function createWorkerHost(createWorker: () => Worker, idleMs = IDLE_UNLOAD_MS): InferenceHost {
  let worker: Worker | null = null;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, Waiting>();

  const failAll = (message: string) => {
    for (const { reject } of pending.values()) reject(new Error(message));
    pending.clear();
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    failAll('Mesin klasifikasi dihentikan.');
  };
  const start = () => {
    const created = createWorker();
    created.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      if (message.type === 'progress') {
        waiting.onProgress?.(message.progress);
        return;
      }
      pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(message.message));
      else waiting.resolve((message.type === 'result' ? message.predictions : message.info) as never);
    };
    created.onerror = (event) => {
      failAll(`Mesin klasifikasi berhenti: ${event.message || 'galat tak dikenal'}`);
      worker = null;
    };
    return created;
  };
  const send = <T>(request: WithoutId<WorkerRequest>, onProgress?: (p: LoadProgress) => void): Promise<T> => {
    clearTimeout(idleTimer);
    worker ??= start();
    const id = nextId++;
    const result = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as never, reject, onProgress }));
    worker.postMessage({ ...request, id } as WorkerRequest);
    return result.finally(() => {
      if (pending.size === 0) idleTimer = setTimeout(stop, idleMs);
    });
  };

  return {
    classifyMany: (inputs, setup) => send<ClippingPrediction[]>({ type: 'classify', inputs, setup }),
    load: (setup, onProgress) => send<ModelInfo>({ type: 'load', setup }, onProgress),
    dispose: stop,
  };
}
