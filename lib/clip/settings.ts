import { browser } from 'wxt/browser';
import { validLogo, type OfficeLogo } from '../report/logo';
import { readViews, type SavedView } from '../report/views';

/** Settings kept in extension storage (office name, logo, saved views); they travel in backups too. */
export interface Settings {
  officeName: string;
  officeLogo: OfficeLogo | null;
  savedViews: SavedView[];
}

const SETTING_KEYS = ['officeName', 'officeLogo', 'savedViews'] as const;

/** Whatever is stored (or in a backup), checked: a bad logo or view is dropped, never shown. */
function settingsFrom(stored: Record<string, unknown>): Settings {
  return { officeName: String(stored.officeName ?? ''), officeLogo: validLogo(stored.officeLogo), savedViews: readViews(stored.savedViews) };
}

export async function readSettings(): Promise<Settings> {
  return settingsFrom(await browser.storage.local.get([...SETTING_KEYS]));
}

/** "Ganti semua": the backup's settings replace these. */
export async function restoreSettings(fromBackup: Record<string, unknown> | undefined): Promise<void> {
  await browser.storage.local.set({ ...settingsFrom(fromBackup ?? {}) });
}

/** A colleague's backup: keep this office's name and logo, add the saved views whose names are new. */
export async function mergeSettings(fromBackup: Record<string, unknown> | undefined): Promise<void> {
  const mine = await readSettings();
  const names = new Set(mine.savedViews.map((v) => v.name.toLowerCase()));
  const theirs = settingsFrom(fromBackup ?? {}).savedViews.filter((v) => !names.has(v.name.toLowerCase()));
  await browser.storage.local.set({ savedViews: [...mine.savedViews, ...theirs] });
}
