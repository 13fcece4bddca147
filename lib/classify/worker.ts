/// <reference lib="webworker" />
// The inference worker: loads the bundled models lazily from the extension's own files and
// classifies clippings one message at a time. No network: remote models are off.
import { env } from '@huggingface/transformers';
import { ClippingClassifier, loadModel } from './engine';
import { BUNDLED_MODELS, type WorkerRequest, type WorkerResponse } from './protocol';

// onnxruntime-web must load the wasm that the build emitted into the extension, never a CDN copy.
const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown; numThreads?: number; proxy?: boolean } };
if (onnx.wasm) {
  delete onnx.wasm.wasmPaths;
  onnx.wasm.numThreads = 1; // threads need cross-origin isolation; one thread is enough for small encoders
  onnx.wasm.proxy = false;
}
env.useBrowserCache = false; // the models are extension files already; nothing to cache

let classifier: Promise<ClippingClassifier> | null = null;

async function load(modelsBaseUrl: string): Promise<ClippingClassifier> {
  const tone = await loadModel({ root: modelsBaseUrl, id: BUNDLED_MODELS.tone });
  const topic = await loadModel({ root: modelsBaseUrl, id: BUNDLED_MODELS.topic }).catch(() => null);
  return new ClippingClassifier(tone, topic);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, input, modelsBaseUrl } = event.data;
  let reply: WorkerResponse;
  try {
    classifier ??= load(modelsBaseUrl);
    reply = { id, type: 'result', prediction: await (await classifier).classify(input) };
  } catch (error) {
    classifier = null; // a failed load is retried on the next request
    reply = { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply);
};
