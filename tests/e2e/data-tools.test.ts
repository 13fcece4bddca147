import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openPopupOnArticle, useExtensionSession } from './harness';

const fixture = useExtensionSession();

async function clip(path: string) {
  const { page, popup } = await openPopupOnArticle(fixture, path);
  await popup.getByTestId('save').click();
  await popup.getByTestId('saved').waitFor();
  await Promise.all([popup.close(), page.close()]);
}

describe('report, CSV export, backup and import on the clippings page', () => {
  it('downloads the 24-hour digest, a spreadsheet-safe CSV and a backup that merges back without duplicates', async () => {
    await clip('/berita/2025/11/pemprov-kalsel-salurkan-mbg');
    await clip('/berita/2025/11/banjir-hst');
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await page.getByTestId('data-tools').locator('summary').click();

    await page.getByTestId('office-name').fill('Diskominfo Kalsel');
    const [digestDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest').click()]);
    expect(digestDownload.suggestedFilename()).toMatch(/^laporan-kliping-\d{4}-\d{2}-\d{2}\.md$/);
    const digest = readFileSync((await digestDownload.path())!, 'utf8');
    expect(digest).toMatch(/^# Laporan Kliping Media\n\n\*\*Diskominfo Kalsel\*\* · Periode: 24 jam hingga /);
    expect(digest).toContain('| 2 |');
    expect(digest).toContain('Banjir Rendam Tiga Desa di Hulu Sungai Tengah');

    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-html').click()]);
    expect(htmlDownload.suggestedFilename()).toMatch(/^laporan-kliping-\d{4}-\d{2}-\d{2}\.html$/);
    const report = await fixture.session.context.newPage();
    await report.setContent(readFileSync((await htmlDownload.path())!, 'utf8'));
    expect(await report.locator('h1').textContent()).toBe('Laporan Kliping Media');
    expect(await report.locator('.cover strong').textContent()).toBe('Diskominfo Kalsel');
    expect(await report.locator('li strong').allTextContents()).toContain('Banjir Rendam Tiga Desa di Hulu Sungai Tengah, Warga Keluhkan Bantuan Lambat');
    expect((await report.pdf()).length).toBeGreaterThan(1000); // prints to PDF as the officer would
    await report.close();

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-docx').click()]);
    expect(docxDownload.suggestedFilename()).toMatch(/^laporan-kliping-\d{4}-\d{2}-\d{2}\.docx$/);
    const documentXml = strFromU8(unzipSync(readFileSync((await docxDownload.path())!))['word/document.xml']!);
    expect(documentXml).toContain('<w:t xml:space="preserve">Laporan Kliping Media</w:t>');
    expect(documentXml).toContain('Diskominfo Kalsel');
    expect(documentXml).toContain('Banjir Rendam Tiga Desa di Hulu Sungai Tengah, Warga Keluhkan Bantuan Lambat');

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^kliping-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Tanggal terbit,Media,Jenis media,Judul');
    expect(csv).toContain('Banjir Rendam Tiga Desa di Hulu Sungai Tengah');

    const [backupDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
    const backupPath = (await backupDownload.path())!;
    expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({ format: 'kliping-backup', clippings: [{}, {}] });

    await page.getByTestId('import-file').setInputFiles(backupPath);
    await expect.poll(() => page.getByTestId('import-result').textContent()).toMatch(/0 baru, 0 dilengkapi, 2 sudah ada/);
    expect(await fixture.session.storedClippings()).toHaveLength(2);

    await page.getByTestId('import-file').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kliping-backup", "clippings": [') });
    await expect.poll(() => page.getByTestId('import-result').textContent()).toMatch(/Berkas cadangan rusak: isinya bukan JSON yang sah/);
    expect(await fixture.session.storedClippings()).toHaveLength(2);
  });
});
