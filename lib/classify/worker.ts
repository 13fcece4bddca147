/// <reference lib="webworker" />
// The inference worker: loads the chosen models lazily (from the extension's own files unless the
// officer opted into a remote model) and classifies clippings one message at a time.
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
  const options = { onProgress: onProgress as never };
  const tone: LoadedModel = await loadModel(setup.tone, options);
  const topic = setup.topic ? await loadModel(setup.topic, options).catch((error) => (setup.topic?.optional ? null : Promise.reject(error))) : null;
  const classifier = new ClippingClassifier(tone, topic, setup.labelMap);
  const describe = (m: LoadedModel) => ({ id: m.id, version: m.version, labels: m.labels });
  return { classifier, info: { tone: describe(tone), topic: topic ? describe(topic) : null, loadMs: performance.now() - started } };
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
    else reply({ id: request.id, type: 'result', prediction: await classifier.classify(request.input) });
  } catch (error) {
    if (loaded?.key === key) loaded = null; // a failed load is retried on the next request
    reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
