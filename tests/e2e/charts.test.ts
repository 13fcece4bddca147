import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './harness';
import { classifiedRow, importRows } from './rows';

const fixture = useExtensionSession();

describe('dashboard charts', () => {
  it('filter the list when a bar is clicked, and the report of that view downloads as HTML and DOCX', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    const rows = [
      classifiedRow('negatif', 'sosial', 3, 'Warga Keluhkan Bansos Terlambat', { outletDomain: 'kalsel.antaranews.com', outlet: 'kalsel.antaranews.com' }),
      classifiedRow('negatif', 'sosial', 3, 'Antrean Bansos Mengular', { outletDomain: 'kalsel.antaranews.com', outlet: 'kalsel.antaranews.com' }),
      classifiedRow('positif', 'sosial', 3, 'Bansos Tahap Dua Cair', { outletDomain: 'kalsel.antaranews.com', outlet: 'kalsel.antaranews.com' }),
      classifiedRow('netral', 'hukum', 3, 'Sidang Kasus Lahan Ditunda', { outletDomain: 'banjarmasin.tribunnews.com', outlet: 'banjarmasin.tribunnews.com' }),
    ];
    await importRows(page, rows);
    await expect.poll(() => page.getByTestId('clippings-count').textContent()).toBe('4 kliping');
    const titles = () => page.getByTestId('clipping-title').allTextContents();

    // Outlets, largest first: a click in the upper half lands on the first bar.
    const outlets = page.getByTestId('chart-outlets');
    const box = (await outlets.boundingBox())!;
    await outlets.click({ position: { x: box.width * 0.6, y: box.height * 0.3 } });
    await expect.poll(() => page.getByTestId('filter-outlet').inputValue()).toBe('kalsel.antaranews.com');
    await expect.poll(async () => (await titles()).length).toBe(3);

    // One day of tone, stacked negatif (2) under positif (1): the lower part of the bar is negatif.
    const tone = page.getByTestId('chart-tone');
    const toneBox = (await tone.boundingBox())!;
    await tone.click({ position: { x: toneBox.width / 2, y: toneBox.height * 0.78 } });
    await expect.poll(() => page.getByTestId('filter-tone').inputValue()).toBe('negatif');
    expect(await page.getByTestId('filter-from').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect.poll(async () => (await titles()).sort()).toEqual(['Antrean Bansos Mengular', 'Warga Keluhkan Bansos Terlambat']);

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-html').click()]);
    const report = readFileSync((await html.path())!, 'utf8');
    expect(report).toContain('Antrean Bansos Mengular');
    expect(report).not.toContain('Bansos Tahap Dua Cair');
    expect(report).not.toContain('Sidang Kasus Lahan Ditunda');
    // The charts of that view travel in the report as images drawn by Chart.js.
    const figures = [...report.matchAll(/<figure class="chart"><img src="data:image\/png;base64,([A-Za-z0-9+/=]+)" width="640" alt="([^"]+)">/g)];
    expect(figures.map((f) => f[2])).toEqual(['Nada berita per hari', 'Topik', 'Media']);
    expect(Buffer.from(figures[0]![1]!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(Buffer.from(figures[0]![1]!, 'base64').length).toBeGreaterThan(2000); // drawn, not blank
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-docx').click()]);
    const parts = unzipSync(readFileSync((await docx.path())!));
    expect(Object.keys(parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(3);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('Warga Keluhkan Bansos Terlambat');
    expect(xml).not.toContain('Sidang Kasus Lahan Ditunda');
  });
});
