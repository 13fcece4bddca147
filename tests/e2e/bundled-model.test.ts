import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { extractArticle } from '../../lib/extract';
import { loadFixture } from '../unit/fixtures';
import { launchWithExtension, ROOT, type ExtensionSession } from './harness';

/** The product build, exactly as it ships: Kliping's own models under models/. */
const PRODUCT_BUILD = join(ROOT, '.output', 'chrome-mv3');

function fixtureArticle(name: string) {
  const fixture = loadFixture(name);
  const url = `https://contoh.go.id${fixture.expected.canonicalPath ?? '/berita/1'}`;
  const result = extractArticle(documentFromHtml(fixture.html, url), url, { now: new Date('2025-11-22T12:00:00+08:00') });
  if (!result.ok) throw new Error(`fixture ${name} is not an article`);
  return { ...result.article, pages: null };
}

async function saveAndWait(session: ExtensionSession, article: ReturnType<typeof fixtureArticle>, until: (row: Record<string, unknown>) => boolean) {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('clippings.html'));
  const saved = await page.evaluate((a) => chrome.runtime.sendMessage({ type: 'save', article: a, note: '', clipSource: 'popup' }), article);
  expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
  await expect.poll(async () => (await session.storedClippings()).some(until), { timeout: 60_000 }).toBe(true);
  return page;
}

describe('the bundled model in the product build', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension(PRODUCT_BUILD);
  });
  afterAll(async () => session?.close());

  it('loads inside the extension and classifies a fixture article with no network access', async () => {
    const page = await saveAndWait(session, fixtureArticle('banjir-synthetic'), (row) => row.status === 'done');
    const [row] = await session.storedClippings();
    const classification = row!.classification as Record<string, { label: string; score: number } | Record<string, string>>;
    // A flood with slow aid: negative for a government PR officer, about the environment/disasters.
    expect(classification.headline).toMatchObject({ label: 'negatif' });
    expect(['negatif', 'netral', 'positif']).toContain((classification.body as { label: string }).label);
    // The topic comes from kliping-topic's n-gram companion alone (no encoder in that folder).
    expect(classification.topic).toMatchObject({ label: 'lingkungan' });
    expect(classification.model).toMatchObject({ tone: 'kliping-tone', topic: 'kliping-topic', version: expect.stringMatching(/^\d{4}\./) });
    // Only the extension's own files were read: no model hub, no CDN, nothing beyond the browser.
    expect(session.requests.filter((url) => /^https?:/.test(url))).toEqual([]);
    await page.reload();
    await expect.poll(() => page.getByTestId('clipping-row').first().textContent()).toMatch(/Negatif/i);
  }, 120_000);
});

describe('a bundled model that cannot be loaded (damaged installation)', () => {
  let session: ExtensionSession;
  let damaged: string;
  beforeAll(async () => {
    damaged = mkdtempSync(join(tmpdir(), 'kliping-damaged-'));
    cpSync(PRODUCT_BUILD, damaged, { recursive: true });
    rmSync(join(damaged, 'models', 'kliping-tone', 'ngram-body.bin'));
    session = await launchWithExtension(damaged);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(damaged, { recursive: true, force: true });
  });

  it('keeps the clipping pending with the reason in Indonesian', async () => {
    const page = await saveAndWait(session, fixtureArticle('pemprov-synthetic'), (row) => typeof row.lastError === 'string');
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'classify', input: { title: 'Gubernur resmikan jembatan' } }));
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('model "kliping-tone" tidak dapat dimuat dari berkas ekstensi') });
    expect((await session.storedClippings())[0]).toMatchObject({ status: 'pending', attempts: 1, classification: null });
    await page.reload();
    await expect.poll(() => page.getByTestId('clipping-row').textContent()).toMatch(/Belum diklasifikasi: model "kliping-tone" tidak dapat dimuat/);
  }, 120_000);
});
