/// <reference lib="webworker" />
// The inference worker: loads the chosen models lazily (from the extension's own files unless the
// officer opted into a remote model) and classifies the clippings of each message as one batch.
import { env } from '@huggingface/transformers';
import { ClippingClassifier, loadModel, type LoadedModel } from './engine';
import type { ModelInfo, WorkerRequest, WorkerResponse } from './protocol';
import type { ModelSetup } from './registry';

// onnxruntime-web must load the wasm that the build emitted into the extension, never a CDN copy.
const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number; proxy?: boolean } };
if (onnx.wasm) {
  delete onnx.wasm.wasmPaths;
  onnx.wasm.numThreads = 1; // threads need cross-origin isolation; one thread is enough for small encoders
  onnx.wasm.proxy = false;
}

let loaded: { key: string; classifier: Promise<{ classifier: ClippingClassifier; info: ModelInfo }> } | null = null;
const reply = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

async function load(setup: ModelSetup, onProgress: (p: object) => void) {
  const started = performance.now();
  // Bundled models are extension files: nothing to cache. Downloaded ones stay in the browser cache.
  env.useBrowserCache = !!setup.tone.remote;
  const fileSizes = new Map<string, number>();
  const options = {
    onProgress: (event: { file?: string; total?: number }) => {
      if (event.file && event.total) fileSizes.set(event.file, event.total);
      onProgress(event);
    },
  };
  const loadOrExplain = (location: ModelSetup['tone']) =>
    loadModel(location, options).catch((error: Error) => {
      throw new Error(`model "${location.id}" tidak dapat dimuat dari ${location.remote ? location.root : 'berkas ekstensi'} (${error.message})`);
    });
  const tone: LoadedModel = await loadOrExplain(setup.tone);
  const topic = setup.topic ? await loadOrExplain(setup.topic).catch((error) => (setup.topic?.optional ? null : Promise.reject(error))) : null;
  const classifier = new ClippingClassifier(tone, topic, setup.labelMap);
  const describe = (m: LoadedModel) => ({ id: m.id, version: m.version, labels: m.labels });
  const bytes = [...fileSizes.values()].reduce((sum, size) => sum + size, 0);
  return { classifier, info: { tone: describe(tone), topic: topic ? describe(topic) : null, loadMs: performance.now() - started, bytes } };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const key = JSON.stringify(request.setup);
  try {
    if (loaded?.key !== key) {
      loaded = { key, classifier: load(request.setup, (progress) => reply({ id: request.id, type: 'progress', progress })) };
    }
    const { classifier, info } = await loaded.classifier;
    if (request.type === 'load') reply({ id: request.id, type: 'loaded', info });
    else reply({ id: request.id, type: 'result', predictions: await classifier.classifyMany(request.inputs) });
  } catch (error) {
    if (loaded?.key === key) loaded = null; // a failed load is retried on the next request
    reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
