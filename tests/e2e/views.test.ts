import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './harness';
import { classifiedRow, importRows } from './rows';

const fixture = useExtensionSession();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('saved views and the office logo', () => {
  it('saves a filter under a name and brings it back; the logo goes on the report cover and into the backup', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    await importRows(page, [classifiedRow('negatif', 'sosial', 1, 'Antrean Bansos Mengular'), classifiedRow('positif', 'sosial', 1, 'Bansos Tahap Dua Cair')]);
    await expect.poll(() => page.getByTestId('clippings-count').textContent()).toBe('2 kliping');

    await page.getByTestId('filter-tone').selectOption('negatif');
    await expect.poll(() => page.getByTestId('clippings-count').textContent()).toBe('1 kliping');
    await page.getByTestId('save-view').click();
    await page.getByTestId('view-name').fill('Negatif');
    await page.getByTestId('view-save-confirm').click();
    await page.getByTestId('filter-reset').click();
    await expect.poll(() => page.getByTestId('clippings-count').textContent()).toBe('2 kliping');
    await page.reload();
    await page.getByTestId('saved-view').selectOption('Negatif');
    await expect.poll(() => page.getByTestId('clippings-count').textContent()).toBe('1 kliping');
    expect(await page.getByTestId('filter-tone').inputValue()).toBe('negatif');

    await page.getByTestId('data-tools').locator('summary').click();
    await page.getByTestId('office-name').fill('Diskominfo Kalsel');
    await page.getByTestId('office-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('office-logo-preview').waitFor();
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-digest-html').click()]);
    const report = readFileSync((await html.path())!, 'utf8');
    expect(report).toContain('<header class="cover"><img class="logo" src="data:image/png;base64,');
    expect(report).toContain('Antrean Bansos Mengular');
    expect(report).not.toContain('Bansos Tahap Dua Cair');

    await page.getByTestId('office-logo').setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Logo harus berupa gambar PNG atau JPEG.');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-backup').click()]);
    const saved = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(saved.settings.officeName).toBe('Diskominfo Kalsel');
    expect(saved.settings.officeLogo.dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(saved.settings.savedViews.map((v: { name: string }) => v.name)).toEqual(['Negatif']);
  });
});
