import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { ClipOutcome } from './messages';

const BADGE_MS = 4000;

/**
 * Context-menu and shortcut clips have no popup to answer in, so the toolbar icon answers:
 * a green tick when saved, "=" when already clipped, a red "!" with the reason as its tooltip.
 */
export async function showOutcomeOnBadge(tabId: number, outcome: ClipOutcome): Promise<void> {
  const look = {
    saved: { text: '✓', color: '#1b7f3b', title: t('badgeSaved', outcome.kind === 'saved' ? outcome.title : '') },
    duplicate: { text: '=', color: '#555555', title: t('badgeDuplicate') },
  }[outcome.kind as 'saved' | 'duplicate'] ?? {
    text: '!',
    color: '#b3261e',
    title: 'message' in outcome ? outcome.message : t('actionTitle'),
  };
  await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
  await browser.action.setBadgeText({ tabId, text: look.text });
  await browser.action.setTitle({ tabId, title: look.title });
  setTimeout(() => {
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
  }, BADGE_MS);
}
