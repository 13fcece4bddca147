import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtractedArticle } from '../../lib/extract';
import { articleFixture } from '../unit/db-helpers';

const HOUR = 60 * 60 * 1000;

/** A clipping the queue has already classified, as a backup file holds it: published `hoursAgo`, clipped a minute later. */
export function classifiedRow(tone: 'negatif' | 'netral' | 'positif', topic: string, hoursAgo: number, title: string, extra: Partial<ExtractedArticle> = {}) {
  const { sources, ...article } = articleFixture({ title, publishedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(), ...extra });
  const p = { label: tone, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.05, [tone]: 0.9 } };
  return {
    ...article, clippedAt: Date.now() - hoursAgo * HOUR + 60_000, note: '', clipSource: 'popup', fieldSources: sources, status: 'done', deletedAt: null,
    classification: { headline: p, body: p, overall: p, topic: { label: topic, score: 0.9, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 },
    attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null,
  };
}

/** A clipping saved but not yet classified, as a colleague's backup holds it: clipped `minutesAgo`. */
export function pendingRow(title: string, text: string, url: string, minutesAgo = 0) {
  const { sources, ...article } = articleFixture({ title, text, url });
  return {
    ...article, clippedAt: Date.now() - minutesAgo * 60_000, note: '', clipSource: 'popup', fieldSources: sources, status: 'pending', deletedAt: null,
    classification: null, attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null,
  };
}

/** Clippings in the extension's database, read in an extension page; only those waiting for classification with `pending`. */
export function clippingCount(page: Page, pending = false): Promise<number> {
  return page.evaluate(
    (onlyPending) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kliping');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('clippings').objectStore('clippings');
          const count = onlyPending ? store.index('[status+nextAttemptAt]').count(IDBKeyRange.bound(['pending', -Infinity], ['pending', Infinity])) : store.count();
          count.onsuccess = () => (open.result.close(), resolve(count.result));
        };
      }),
    pending,
  );
}

/** Adds clippings on the clippings page the way an officer brings in a colleague's work: merging a backup file. */
export async function importRows(page: Page, rows: object[]): Promise<void> {
  const tools = page.getByTestId('data-tools');
  if (!(await tools.evaluate((details) => (details as HTMLDetailsElement).open))) await tools.locator('summary').click();
  const backup = { format: 'kliping-backup', version: 1, schemaVersion: 4, exportedAt: new Date().toISOString(), clippings: rows };
  await page.getByTestId('import-file').setInputFiles({ name: 'rekan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect.poll(() => page.getByTestId('import-result').textContent()).toContain(`${rows.length} baru`);
}
