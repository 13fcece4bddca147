import { describe, expect, it } from 'vitest';
import { openPopupOnArticle, useExtensionSession } from './harness';

const fixture = useExtensionSession();
const MBG_ARTICLE = '/berita/2025/11/pemprov-kalsel-salurkan-mbg';
const FLOOD_ARTICLE = '/berita/2025/11/banjir-hst';

const popupFor = async (path: string) => (await openPopupOnArticle(fixture, path)).popup;

describe('programme labels and key persons', () => {
  it('sets up a programme and a person, then tags a clipping from the popup suggestion in one click', async () => {
    const settings = await fixture.session.context.newPage();
    await settings.goto(fixture.session.extensionUrl('options.html'));
    await settings.getByTestId('programme-code').fill('MBG');
    await settings.getByTestId('programme-name').fill('Makan Bergizi Gratis');
    await settings.getByTestId('programme-aliases').fill('makan siang gratis; program makan gratis');
    await settings.getByTestId('programme-save').click();
    await expect.poll(() => settings.getByTestId('programme-message').textContent()).toBe('Program MBG disimpan.');
    await settings.getByTestId('person-name').fill('Dr. Rahmat Hidayat, M.Pd.');
    await settings.getByTestId('person-position').fill('Kepala Dinas Pendidikan');
    await settings.getByTestId('person-aliases').fill('Kepala Dinas Pendidikan Kalsel');
    await settings.getByTestId('person-save').click();
    await expect.poll(() => settings.getByTestId('person-row').count()).toBe(1);
    await expect.poll(() => settings.getByTestId('learner-empty').count()).toBe(1);

    const popup = await popupFor(MBG_ARTICLE);
    const suggestion = popup.getByTestId('suggestion').and(popup.locator('[data-value="mbg"]'));
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toBe('＋ MBG · Makan Bergizi Gratis');
    expect(await popup.getByTestId('suggestion-reason').first().textContent()).toBe("cocok: 'Makan Bergizi Gratis' di judul");
    expect(await popup.getByTestId('mentions').textContent()).toBe('Tokoh disebut: Dr. Rahmat Hidayat, M.Pd. (1×)');
    // Offered, not applied: nothing is labelled until the officer clicks.
    expect(await popup.getByTestId('programme-chip').count()).toBe(0);

    await suggestion.click();
    await expect.poll(() => popup.getByTestId('applied-programmes').textContent()).toContain('MBG');
    await expect.poll(() => popup.locator('[data-testid="suggestion"][data-value="mbg"]').count()).toBe(0);
    await popup.getByTestId('save').click();
    await popup.getByTestId('saved').waitFor();

    // A second article, whose suggestions (if any) are left alone, is stored without programmes.
    const other = await popupFor(FLOOD_ARTICLE);
    await other.getByTestId('preview-title').waitFor();
    await other.getByTestId('save').click();
    await other.getByTestId('saved').waitFor();

    const list = await fixture.session.context.newPage();
    await list.goto(fixture.session.extensionUrl('clippings.html'));
    await expect.poll(() => list.getByTestId('clipping-row').count()).toBe(2);
    const labelled = list.getByTestId('clipping-row').filter({ hasText: 'Makan Bergizi Gratis' });
    expect(await labelled.getByTestId('row-labels').textContent()).toBe('MBG');
    expect(await list.getByTestId('clipping-row').filter({ hasNotText: 'Makan Bergizi Gratis' }).getByTestId('row-labels').count()).toBe(0);

    await list.getByTestId('filter-programme').selectOption('mbg');
    await expect.poll(() => list.getByTestId('clipping-row').count()).toBe(1);
    await list.getByTestId('filter-programme').selectOption('');
    await list.getByTestId('filter-person').selectOption({ label: 'Dr. Rahmat Hidayat, M.Pd.' });
    await expect.poll(() => list.getByTestId('clipping-row').count()).toBe(1);
    await list.getByTestId('filter-person').selectOption('');

    // Bulk: tick both, tag them and give them the programme; the rows show the labels.
    await expect.poll(() => list.getByTestId('clipping-row').count()).toBe(2);
    for (const box of await list.getByTestId('select-clipping').all()) await box.check();
    expect(await list.getByTestId('bulk-count').textContent()).toBe('2 kliping dipilih');
    await list.getByTestId('bulk-tag').fill('laporan-pagi');
    await list.getByTestId('bulk-add-tag').click();
    await list.getByTestId('bulk-programme').selectOption('mbg');
    await list.getByTestId('bulk-add-programme').click();
    await expect.poll(async () => (await list.getByTestId('row-labels').allTextContents()).sort()).toEqual(['MBG#laporan-pagi', 'MBG#laporan-pagi']);

    // The officer's learner has learnt from these labels and says how it is measured.
    await settings.reload();
    await expect.poll(() => settings.getByTestId('learner-status').textContent()).toContain('Dilatih dari 2 kliping (yang berlabel');
    expect(await settings.getByTestId('learner-programme').textContent()).toBe('Program: belum cukup label untuk diukur');
  });
});
