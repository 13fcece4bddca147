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
    // No text for the tab: it falls back to the global badge (the early-warning count).
    void browser.action.setBadgeText({ tabId }).catch(() => undefined);
    void browser.action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
  }, BADGE_MS);
}

/**
 * The early-warning count on the toolbar icon for every tab (a per-tab clip answer shows over it for a
 * few seconds); the tooltip names the alerts.
 */
export async function showAlertsOnBadge(names: string[]): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setBadgeText({ text: names.length ? String(names.length) : '' });
  await browser.action.setTitle({ title: names.length ? t('alertsBadgeTitle', names.join(', ')) : t('actionTitle') });
}
