import { browser } from 'wxt/browser';
import type { ClippingInput, ClippingPrediction } from './engine';
import type { InferenceHost } from './host';

export const OFFSCREEN_TARGET = 'kliping-offscreen';
export type OffscreenRequest = { target: typeof OFFSCREEN_TARGET; input: ClippingInput };

/** Chromium's inference host: the offscreen page (reason WORKERS) that runs the worker. */
export function createOffscreenHost(): InferenceHost {
  let creating: Promise<void> | null = null;
  const ensureDocument = async () => {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] });
    if (contexts.length) return;
    creating ??= browser.offscreen
      .createDocument({
        url: 'offscreen.html',
        reasons: ['WORKERS' as never],
        justification: 'Menjalankan model klasifikasi sentimen dan topik di perangkat (tanpa server).',
      })
      .finally(() => {
        creating = null;
      });
    await creating;
  };
  return {
    async classify(input) {
      await ensureDocument();
      const request: OffscreenRequest = { target: OFFSCREEN_TARGET, input };
      const answer = (await browser.runtime.sendMessage(request)) as
        | { ok: true; prediction: ClippingPrediction }
        | { ok: false; error: string }
        | undefined;
      if (!answer) throw new Error('Mesin klasifikasi tidak menjawab.');
      if (!answer.ok) throw new Error(answer.error);
      return answer.prediction;
    },
    dispose() {
      void browser.offscreen.closeDocument().catch(() => undefined);
    },
  };
}
