import { showOutcomeOnBadge } from '@/lib/clip/badge';
import { answerRequests } from '@/lib/clip/messages';
import { clipTab, previewTab, storageErrorMessage } from '@/lib/clip/service';
import { openDb, saveClipping } from '@/lib/db';
import { t } from '@/lib/i18n';

const CLIP_MENU_ID = 'clip-page';
const CLIP_SELECTION_MENU_ID = 'clip-selection';

export default defineBackground({
  type: 'module',
  main() {
    const db = openDb();

    browser.runtime.onInstalled.addListener(() => {
      browser.contextMenus.create({ id: CLIP_MENU_ID, title: t('contextMenuClip'), contexts: ['page'] });
      browser.contextMenus.create({ id: CLIP_SELECTION_MENU_ID, title: t('contextMenuClipSelection'), contexts: ['selection'] });
    });

    const clipAndTell = async (tabId: number, clipSource: 'context-menu' | 'shortcut', selectionOnly = false) =>
      showOutcomeOnBadge(tabId, await clipTab(db, tabId, clipSource, selectionOnly));

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
      save: async ({ article, note, clipSource }) => {
        try {
          return await saveClipping(db, article, { note, clipSource });
        } catch (error) {
          throw new Error(storageErrorMessage(error));
        }
      },
      'clip-tab': ({ tabId, clipSource, selectionOnly }) => clipTab(db, tabId, clipSource, selectionOnly),
    });
  },
});
