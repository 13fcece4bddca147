import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './harness';
import { classifiedRow, importRows } from './rows';

const fixture = useExtensionSession();
const HOUR = 60 * 60 * 1000;

const RELEASE =
  'Pemerintah Provinsi Kalimantan Selatan meresmikan jembatan baru sepanjang 120 meter yang menghubungkan dua kecamatan di Kabupaten Tapin pada Selasa. ' +
  'Jembatan ini dibangun selama sepuluh bulan dengan anggaran daerah dan diharapkan memangkas waktu tempuh warga ke pasar dan sekolah hingga satu jam.';

describe('dashboard signals', () => {
  it('puts a negative spike on the toolbar badge and on top of the clippings page, which filters to its clippings', async () => {
    const rows = [
      classifiedRow('negatif', 'lingkungan', 2, 'Banjir rendam tiga desa'),
      classifiedRow('negatif', 'lingkungan', 5, 'Warga keluhkan bantuan banjir lambat'),
      classifiedRow('negatif', 'lingkungan', 9, 'Tanggul jebol, sawah terendam'),
      classifiedRow('positif', 'infrastruktur', 3, 'Jembatan baru diresmikan'),
    ];
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await importRows(page, rows);

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

    // The background recomputed the badge when the import asked the queue to drain.
    const badge = () => fixture.session.worker.evaluate(async () => [await chrome.action.getBadgeText({}), await chrome.action.getTitle({})]);
    await expect.poll(badge).toEqual(['2', expect.stringMatching(/^Peringatan berita negatif: .*Lingkungan/)]);
  });

  it('shows copies of one press release in different outlets as one story, a click away', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await importRows(page, [
      classifiedRow('positif', 'infrastruktur', 30, 'Jembatan Tapin Diresmikan', { text: RELEASE, outlet: 'Antara' }),
      classifiedRow('positif', 'infrastruktur', 29, 'Warga Tapin Kini Punya Jembatan Baru', { text: `TAPIN - ${RELEASE}`, outlet: 'Banjarmasin Post' }),
    ]);
    await expect.poll(() => page.getByTestId('story').count()).toBe(2);
    expect(await page.getByTestId('story').first().textContent()).toMatch(/^Berita yang sama dimuat 2 media: (Antara, Banjarmasin Post|Banjarmasin Post, Antara)$/);
    await page.getByTestId('story').first().click();
    await expect.poll(() => page.getByTestId('clipping-row').count()).toBe(2);
    expect(await page.getByTestId('focus').textContent()).toMatch(/^Menampilkan 2 kliping: berita yang sama dengan /);
  });

  it('searches through Indonesian affixes, filters by tone and outlet, and exports the report of what the list shows', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await importRows(page, [
      classifiedRow('positif', 'sosial', 40, 'Bansos Disalurkan ke 500 Keluarga di Tapin', { text: 'Dinas sosial menyalurkan paket sembako kepada warga.', outletDomain: 'kalsel.antaranews.com', outlet: 'Antara Kalsel' }),
      classifiedRow('negatif', 'sosial', 41, 'Warga Keluhkan Penyaluran Bansos Terlambat', { text: 'Bantuan baru tiba sepekan kemudian.', outletDomain: 'banjarmasin.tribunnews.com', outlet: 'Banjarmasin Post' }),
    ]);
    const rows = () => page.getByTestId('clipping-title').allTextContents();

    await page.getByTestId('search').fill('salurkan');
    await expect.poll(rows).toEqual(['Bansos Disalurkan ke 500 Keluarga di Tapin']);
    await page.getByTestId('search').fill('bansos');
    await expect.poll(async () => (await rows()).sort()).toEqual(['Bansos Disalurkan ke 500 Keluarga di Tapin', 'Warga Keluhkan Penyaluran Bansos Terlambat']);
    await page.getByTestId('filter-tone').selectOption('negatif');
    await expect.poll(rows).toEqual(['Warga Keluhkan Penyaluran Bansos Terlambat']);
    expect(await page.getByTestId('clippings-count').textContent()).toBe('1 kliping');
    // Without a date range the report covers the last 24 hours; these were clipped two days ago.
    await page.getByTestId('filter-from').fill(new Date(Date.now() - 3 * 24 * HOUR).toISOString().slice(0, 10));
    await expect.poll(rows).toEqual(['Warga Keluhkan Penyaluran Bansos Terlambat']);

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-html').click()]);
    const html = readFileSync((await report.path())!, 'utf8');
    expect(html).toContain('Warga Keluhkan Penyaluran Bansos Terlambat');
    expect(html).not.toContain('Bansos Disalurkan ke 500 Keluarga');
    expect(html).toMatch(/Periode: \d+ \w+ \d{4} – \d+ \w+ \d{4} \(tanggal dikliping\)/);

    await page.getByTestId('filter-reset').click();
    await page.getByTestId('filter-outlet').selectOption('kalsel.antaranews.com');
    await expect.poll(rows).toEqual(['Bansos Disalurkan ke 500 Keluarga di Tapin']);
  });
});
