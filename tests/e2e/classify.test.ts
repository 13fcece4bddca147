import { describe, expect, it } from 'vitest';
import { openPopupFor, openPopupOnArticle, useExtensionSession } from './harness';
import { importRows, pendingRow } from './rows';

// The E2E build carries tiny random-weight models in place of the bundled ones (wxt.config.ts), so
// these tests check the engine's wiring (offscreen page, worker, wasm from extension files, queue),
// not the quality of predictions.
const fixture = useExtensionSession();

const TONES = /^(Negatif|Netral|Positif) \((yakin|kurang yakin)\)$/;

describe('on-device classification in the extension', () => {
  it('shows headline and body tone and topic in the popup, and stores them with the clipping', async () => {
    const path = '/berita/2025/11/pemprov-kalsel-salurkan-mbg';
    const { popup } = await openPopupOnArticle(fixture, path);
    await popup.getByTestId('tone-headline').waitFor({ timeout: 30_000 });
    expect((await popup.locator('[data-testid="tone-headline"] dd').textContent())?.trim()).toMatch(TONES);
    expect((await popup.locator('[data-testid="tone-body"] dd').textContent())?.trim()).toMatch(TONES);
    expect(await popup.getByTestId('topic').count()).toBe(1);

    await popup.getByTestId('correct-positif').click();
    await popup.getByTestId('save').click();
    await popup.getByTestId('saved').waitFor();
    const [stored] = await fixture.session.storedClippings();
    expect(stored).toMatchObject({
      status: 'done',
      classification: {
        headline: { label: expect.stringMatching(/^(negatif|netral|positif)$/) },
        body: { label: expect.stringMatching(/^(negatif|netral|positif)$/) },
        topic: { label: expect.any(String) },
        model: { tone: 'kliping-tone', topic: 'kliping-topic' },
      },
      toneOverride: { tone: 'positif', by: 'petugas' },
    });
    await popup.close();
  });

  it('classifies a one-step clip through the queue', async () => {
    const path = '/read/2025/11/21/jembatan-barito-kedua';
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.server.origin + path);
    const tabId = await fixture.session.tabIdOf(fixture.server.origin + path);
    const extensionPage = await fixture.session.context.newPage();
    await extensionPage.goto(fixture.session.extensionUrl('clippings.html'));
    const answer = await extensionPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'clip-tab', tabId: id, clipSource: 'shortcut' }), tabId);
    expect(answer).toMatchObject({ ok: true, value: { kind: 'saved' } });
    await expect
      .poll(async () => (await fixture.session.storedClippings()).find((row) => row.id === answer.value.id)?.status, { timeout: 30_000 })
      .toBe('done');
    const row = (await fixture.session.storedClippings()).find((r) => r.id === answer.value.id) as { classification: { headline: unknown; body: unknown } };
    expect(row.classification.headline).toBeTruthy();
    expect(row.classification.body).toBeTruthy();
    await expect.poll(() => extensionPage.getByTestId('tone-headline').count()).toBe(2);
  });

  it('re-classifies every clipping from the clippings page and keeps the officer override', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    const before = (await fixture.session.storedClippings()).map((row) => (row.classification as { ms: number }).ms);
    await page.getByTestId('reclassify-all').click();
    await expect
      .poll(async () => (await fixture.session.storedClippings()).map((row) => `${row.status}:${(row.classification as { ms: number }).ms}`), { timeout: 30_000 })
      .toSatisfy((states: string[]) => states.every((state, i) => state.startsWith('done:') && state !== `done:${before[i]}`));
    await page.getByTestId('reclassify-all').waitFor(); // the progress bar gives way to the button when the run ends
    const rows = await fixture.session.storedClippings();
    expect(rows.find((row) => row.toneOverride)).toMatchObject({ toneOverride: { tone: 'positif' } });
  });

  it('classifies an import of unclassified clippings in the background, with progress on the clippings page', async () => {
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.session.extensionUrl('clippings.html'));
    // Every text the progress line showed, recorded in the page: the queue may finish between two polls.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { progressSeen: string[] }).progressSeen = []);
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="queue-progress"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const body = Array.from({ length: 8 }, (_, p) => `Paragraf ${p}: warga menyambut program pemerintah daerah dengan antusias. `.repeat(20)).join('\n\n');
    const rows = Array.from({ length: 40 }, (_, i) => pendingRow(`Impor rekan nomor ${i}`, body, `http://127.0.0.1/impor/${i}`, i));
    await importRows(page, rows);
    await expect
      .poll(async () => (await fixture.session.storedClippings()).filter((row) => String(row.title).startsWith('Impor rekan')).map((row) => row.status), { timeout: 60_000 })
      .toSatisfy((states: string[]) => states.length === 40 && states.every((state) => state === 'done'));
    await expect.poll(() => page.getByTestId('queue-progress').count()).toBe(0); // gone once nothing waits
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((text) => /^Mengklasifikasi kliping: \d+ dari \d+ selesai$/.test(text))).toBe(true);
    expect(seen.some((text) => / dari 4\d selesai$/.test(text))).toBe(true); // the run counts the whole import
  });

  it('refuses a model whose labels are not a tone scale, with the reason', async () => {
    const settings = await fixture.session.context.newPage();
    await settings.goto(fixture.session.extensionUrl('options.html'));
    await settings.getByTestId('model-kind-mirror').check();
    await settings.getByTestId('model-base-url').fill(`${fixture.server.origin}/models/`);
    await settings.getByTestId('model-tone-id').fill('tiny-topic-wrong');
    await settings.getByTestId('model-use').click();
    const error = settings.getByTestId('model-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toMatch(/Model ditolak: .*"sport" yang bukan negatif\/netral\/positif/);
    expect(await settings.getByTestId('model-active').textContent()).toContain('Model bawaan');
    await settings.close();
  });

  it('switches to a model from an intranet mirror with a declared label map, and uses it for new clippings', async () => {
    const settings = await fixture.session.context.newPage();
    await settings.goto(fixture.session.extensionUrl('options.html'));
    await settings.getByTestId('model-kind-mirror').check();
    await settings.getByTestId('model-base-url').fill(`${fixture.server.origin}/models/`);
    await settings.getByTestId('model-tone-id').fill('tiny-tone-generic');
    await settings.getByTestId('model-label-map').fill('LABEL_0=negatif, LABEL_1=netral, LABEL_2=positif');
    await settings.getByTestId('model-use').click();
    await settings.getByTestId('model-loaded').waitFor({ timeout: 30_000 });
    expect(await settings.getByTestId('model-loaded').textContent()).toMatch(/Model siap: tiny-tone-generic \(label: LABEL_0, LABEL_1, LABEL_2\), [1-9]\.\d MB, dimuat dalam \d+ ms\./);
    expect(await settings.getByTestId('model-active').textContent()).toContain('tiny-tone-generic');
    expect(fixture.server.modelRequests).toContain('/models/tiny-tone-generic/onnx/model.onnx');

    const path = '/berita/2025/11/banjir-hst';
    const page = await fixture.session.context.newPage();
    await page.goto(fixture.server.origin + path);
    const answer = await settings.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'clip-tab', tabId: id, clipSource: 'shortcut' }),
      await fixture.session.tabIdOf(fixture.server.origin + path),
    );
    await expect
      .poll(async () => ((await fixture.session.storedClippings()).find((row) => row.id === answer.value.id)?.classification as { model?: { tone: string } } | null)?.model?.tone, { timeout: 30_000 })
      .toBe('tiny-tone-generic');
    await expect.poll(() => settings.getByTestId('model-usage').textContent()).toContain('tiny-tone-generic: 1 kliping');

    await settings.getByTestId('model-remove').click();
    await expect.poll(() => settings.getByTestId('model-active').textContent()).toContain('Model bawaan');
    await settings.close();
    await page.close();
  });

  it('never sent a request beyond 127.0.0.1 and the extension itself', () => {
    const outside = fixture.session.requests.filter((url) => !/^(chrome-extension:|data:|blob:|http:\/\/127\.0\.0\.1[:/])/.test(url));
    expect(fixture.session.requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
