import { browser } from 'wxt/browser';
import type { ModelChoice } from './registry';

const KEY = 'modelChoice';

/** The officer's model choice, kept in extension storage (the bundled models unless changed). */
export async function readModelChoice(): Promise<ModelChoice> {
  const stored = await browser.storage.local.get(KEY);
  return (stored[KEY] as ModelChoice | undefined) ?? { kind: 'bundled' };
}

export async function writeModelChoice(choice: ModelChoice): Promise<void> {
  await browser.storage.local.set({ [KEY]: choice });
}
