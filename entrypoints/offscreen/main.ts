// Chromium only: a service worker cannot start workers, so this hidden page hosts the inference
// worker and relays the background's requests to it.
import { createInferenceWorker } from '@/lib/classify/create-worker';
import { createWorkerHost } from '@/lib/classify/host';
import { OFFSCREEN_TARGET, type OffscreenRequest } from '@/lib/classify/offscreen';

const host = createWorkerHost(createInferenceWorker, browser.runtime.getURL('/models/'));

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const request = message as OffscreenRequest;
  if (request?.target !== OFFSCREEN_TARGET) return false;
  host.classify(request.input).then(
    (prediction) => sendResponse({ ok: true, prediction }),
    (error: Error) => sendResponse({ ok: false, error: error.message }),
  );
  return true;
});
