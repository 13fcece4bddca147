import type { ClippingInput } from '@/lib/classify/engine';
import { readModelChoice } from '@/lib/classify/model-choice';
import { createOffscreenHost, MODEL_PROGRESS } from '@/lib/classify/offscreen';
import { setupFor } from '@/lib/classify/registry';
import { createQueueScheduler } from '@/lib/classify/scheduler';
import type { InferenceHost } from '@/lib/classify/host';
import { refreshAlertBadge } from '@/lib/clip/alerts';
import { showOutcomeOnBadge } from '@/lib/clip/badge';
import { answerRequests } from '@/lib/clip/messages';
import { clipTab, previewTab, storageErrorMessage } from '@/lib/clip/service';
import { setToneOverride } from '@/lib/classify/queue';
import { OFFICER, openDb, saveClipping } from '@/lib/db';
import { t } from '@/lib/i18n';

const CLIP_MENU_ID = 'clip-page';
const CLIP_SELECTION_MENU_ID = 'clip-selection';

/** Chromium: an offscreen page runs the worker. Firefox: this background page runs it itself. */
async function inferenceHost(): Promise<InferenceHost> {
  if (browser.offscreen) return createOffscreenHost();
  const [{ createWorkerHost }, { createInferenceWorker }] = await Promise.all([
    import('@/lib/classify/host'),
    import('@/lib/classify/create-worker'),
  ]);
  return createWorkerHost(createInferenceWorker);
}

const bundledModels = () => browser.runtime.getURL('/models/');

export default defineBackground({
  type: 'module',
  main() {
    const db = openDb();
    const host = inferenceHost();
    const classifyMany = async (inputs: ClippingInput[]) => (await host).classifyMany(inputs, setupFor(await readModelChoice(), bundledModels()));
    const refreshAlerts = () => void refreshAlertBadge(db).catch((error: unknown) => console.warn('early warning', error));
    const queue = createQueueScheduler(db, classifyMany, refreshAlerts);

    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: CLIP_MENU_ID, title: t('contextMenuClip'), contexts: ['page'] });
      browser.contextMenus.create({ id: CLIP_SELECTION_MENU_ID, title: t('contextMenuClipSelection'), contexts: ['selection'] });
    });
    // Whatever was waiting when the browser or this worker stopped is picked up again.
    void queue.run();

    const clipAndTell = async (tabId: number, clipSource: 'context-menu' | 'shortcut', selectionOnly = false) => {
      await showOutcomeOnBadge(tabId, await clipTab(db, tabId, clipSource, selectionOnly));
      void queue.run();
    };

    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (tab?.id === undefined) return;
      if (info.menuItemId === CLIP_MENU_ID) void clipAndTell(tab.id, 'context-menu');
      if (info.menuItemId === CLIP_SELECTION_MENU_ID) void clipAndTell(tab.id, 'context-menu', true);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'clip-page' && tab?.id !== undefined) void clipAndTell(tab.id, 'shortcut');
    });

    answerRequests({
      preview: ({ tabId }) => previewTab(db, tabId),
      save: async ({ article, note, clipSource, classification, toneOverride, programmes, tags, topic }) => {
        try {
          return await saveClipping(db, article, { note, clipSource, classification, toneOverride, programmes, tags, topic });
        } catch (error) {
          throw new Error(storageErrorMessage(error));
        } finally {
          void queue.run();
        }
      },
      classify: async ({ input }) => (await classifyMany([input]))[0]!,
      override: async ({ id, tone }) => {
        await setToneOverride(db, id, tone, OFFICER);
        refreshAlerts();
        return null;
      },
      drain: () => queue.run(),
      'model-load': async ({ choice }) => {
        const broadcast = (progress: object) => void browser.runtime.sendMessage({ type: MODEL_PROGRESS, progress }).catch(() => undefined);
        return (await host).load(setupFor(choice, bundledModels()), broadcast);
      },
      'clip-tab': async ({ tabId, clipSource, selectionOnly }) => {
        const outcome = await clipTab(db, tabId, clipSource, selectionOnly);
        void queue.run();
        return outcome;
      },
    });
  },
});
