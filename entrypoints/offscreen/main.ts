// Chromium only: a service worker cannot start workers, so this hidden page hosts the inference
// worker and relays the background's requests to it.
import { createInferenceWorker } from '@/lib/classify/create-worker';
import { createWorkerHost } from '@/lib/classify/host';
import { MODEL_PROGRESS, OFFSCREEN_TARGET, type OffscreenRequest } from '@/lib/classify/offscreen';

const host = createWorkerHost(createInferenceWorker);
const broadcastProgress = (progress: object) => void browser.runtime.sendMessage({ type: MODEL_PROGRESS, progress }).catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const request = message as OffscreenRequest;
  if (request?.target !== OFFSCREEN_TARGET) return false;
  const work = request.type === 'load' ? host.load(request.setup, broadcastProgress) : host.classifyMany(request.inputs, request.setup);
  (work as Promise<unknown>).then(
    (value) => sendResponse({ ok: true, value }),
    (error: Error) => sendResponse({ ok: false, error: error.message }),
  );
  return true;
});
