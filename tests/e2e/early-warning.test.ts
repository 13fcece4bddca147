import { describe, expect, it } from 'vitest';
import { articleFixture } from '../unit/db-helpers';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './harness';

const fixture = useExtensionSession();
const HOUR = 60 * 60 * 1000;

/** A clipping the queue has already classified, as the database holds it. */
function classified(tone: 'negatif' | 'positif', topic: string, hoursAgo: number, title: string, extra: Partial<ReturnType<typeof articleFixture>> = {}) {
  const { sources, ...article } = articleFixture({ title, publishedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(), ...extra });
  const p = { label: tone, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.05, [tone]: 0.9 } };
  return {
    ...article, clippedAt: Date.now() - hoursAgo * HOUR + 60_000, note: '', clipSource: 'popup', fieldSources: sources, status: 'done', deletedAt: null,
    classification: { headline: p, body: p, overall: p, topic: { label: topic, score: 0.9, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 },
    attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null,
  };
}

async function insert(page: Page, rows: object[]) {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kliping');
        open.onsuccess = () => {
          const tx = open.result.transaction('clippings', 'readwrite');
          for (const record of records) tx.objectStore('clippings').add(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    rows,
  );
  await page.reload(); // raw IndexedDB writes bypass Dexie's change notifications
}

const RELEASE =
  'Pemerintah Provinsi Kalimantan Selatan meresmikan jembatan baru sepanjang 120 meter yang menghubungkan dua kecamatan di Kabupaten Tapin pada Selasa. ' +
  'Jembatan ini dibangun selama sepuluh bulan dengan anggaran daerah dan diharapkan memangkas waktu tempuh warga ke pasar dan sekolah hingga satu jam.';

describe('dashboard signals', () => {
  it('puts a negative spike on the toolbar badge and on top of the clippings page, which filters to its clippings', async () => {
    const rows = [
      classified('negatif', 'lingkungan', 2, 'Banjir rendam tiga desa'),
      classified('negatif', 'lingkungan', 5, 'Warga keluhkan bantuan banjir lambat'),
      classified('negatif', 'lingkungan', 9, 'Tanggul jebol, sawah terendam'),
      classified('positif', 'infrastruktur', 3, 'Jembatan baru diresmikan'),
    ];
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await insert(page, rows);

    await page.getByTestId('alerts').waitFor();
    const alerts = await page.getByTestId('alert').allTextContents();
    expect(alerts).toHaveLength(2);
    expect(alerts.join('\n')).toMatch(/Lingkungan: 3 berita negatif dalam 24 jam \(biasanya 0 per hari\)/);
    expect(alerts.join('\n')).toMatch(/semua berita: 3 berita negatif/);

    await page.getByTestId('alert').filter({ hasText: 'Lingkungan' }).getByRole('button').click();
    await expect.poll(() => page.getByTestId('clipping-row').count()).toBe(3);
    expect(await page.getByTestId('focus').textContent()).toContain('Menampilkan 3 kliping: peringatan "Lingkungan".');
    expect(await page.getByTestId('clipping-list').textContent()).not.toContain('Jembatan baru diresmikan');
    await page.getByTestId('focus').getByRole('button').click();
    await expect.poll(() => page.getByTestId('clipping-row').count()).toBe(4);

    // The background recomputes the badge whenever the classification queue settles.
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'drain' }));
    const badge = () => fixture.session.worker.evaluate(async () => [await chrome.action.getBadgeText({}), await chrome.action.getTitle({})]);
    await expect.poll(badge).toEqual(['2', expect.stringMatching(/^Peringatan berita negatif: .*Lingkungan/)]);
  });

  it('shows copies of one press release in different outlets as one story, a click away', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await insert(page, [
      classified('positif', 'infrastruktur', 30, 'Jembatan Tapin Diresmikan', { text: RELEASE, outlet: 'Antara' }),
      classified('positif', 'infrastruktur', 29, 'Warga Tapin Kini Punya Jembatan Baru', { text: `TAPIN - ${RELEASE}`, outlet: 'Banjarmasin Post' }),
    ]);
    await expect.poll(() => page.getByTestId('story').count()).toBe(2);
    expect(await page.getByTestId('story').first().textContent()).toMatch(/^Berita yang sama dimuat 2 media: (Antara, Banjarmasin Post|Banjarmasin Post, Antara)$/);
    await page.getByTestId('story').first().click();
    await expect.poll(() => page.getByTestId('clipping-row').count()).toBe(2);
    expect(await page.getByTestId('focus').textContent()).toMatch(/^Menampilkan 2 kliping: berita yang sama dengan /);
  });
});
