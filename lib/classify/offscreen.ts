import { browser } from 'wxt/browser';
import type { ClippingInput, ClippingPrediction } from './engine';
import type { InferenceHost } from './host';
import type { ModelInfo } from './protocol';
import type { ModelSetup } from './registry';

export const OFFSCREEN_TARGET = 'kliping-offscreen';
export type OffscreenRequest =
  | { target: typeof OFFSCREEN_TARGET; type: 'classify'; inputs: ClippingInput[]; setup: ModelSetup }
  | { target: typeof OFFSCREEN_TARGET; type: 'load'; setup: ModelSetup };
/** Broadcast while a model downloads, for the settings page's progress bar. */
export const MODEL_PROGRESS = 'kliping-model-progress';

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
  const send = async <T>(request: OffscreenRequest): Promise<T> => {
    await ensureDocument();
    const answer = (await browser.runtime.sendMessage(request)) as { ok: true; value: T } | { ok: false; error: string } | undefined;
    if (!answer) throw new Error('Mesin klasifikasi tidak menjawab.');
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
  return {
    classifyMany: (inputs, setup) => send<ClippingPrediction[]>({ target: OFFSCREEN_TARGET, type: 'classify', inputs, setup }),
    // Progress reaches the settings page as MODEL_PROGRESS broadcasts from the offscreen page.
    load: (setup) => send<ModelInfo>({ target: OFFSCREEN_TARGET, type: 'load', setup }),
    dispose() {
      void browser.offscreen.closeDocument().catch(() => undefined);
    },
  };
}
