/**
 * Reporting at scale. Prints numbers; asserts nothing.
 *   npm run bench:report [-- --clippings 50000 --runs 10]
 *
 * Node: the digest of 1,000 clippings in every format. Headless Chromium, the product build (its
 * clippings page needs no host access): N generated clippings restored from a backup file (bulk insert with indexing),
 * first paint of the clippings page, filter and search latency as the officer sees them (input → count
 * shown, through the page's own code), and the backup download. Texts are the shared news corpus
 * (892 real articles, repeated with numbered headlines), or generated words without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { TOPIC_IDS } from '../lib/classify/taxonomy';
import type { Clipping } from '../lib/db';
import { clippingsToCsv } from '../lib/report/csv';
import { digestMarkdown } from '../lib/report/digest';
import { digestDocx } from '../lib/report/digest-docx';
import { digestHtml } from '../lib/report/digest-html';
import { launchWithExtension, ROOT } from '../tests/e2e/harness';
import { clippingCount } from '../tests/e2e/rows';
import { printTable, summarize } from './stats';

const { values } = parseArgs({
  options: { clippings: { type: 'string', default: '50000' }, runs: { type: 'string', default: '10' }, profile: { type: 'string' } },
});
const total = Number(values.clippings);
const runs = Number(values.runs);

// --- generated clippings ---
const corpusFile = join(ROOT, '..', 'shared', 'data', 'corpus', 'indo-news-2025', 'articles.csv');
const articles: Array<{ Title: string; FullText: string }> = existsSync(corpusFile)
  ? Papa.parse<{ Title: string; FullText: string }>(readFileSync(corpusFile, 'utf8'), { header: true, skipEmptyLines: true }).data
  : [{ Title: 'Pemerintah provinsi meresmikan jembatan baru', FullText: 'Warga desa menyambut jembatan baru yang memangkas waktu tempuh. '.repeat(40) }];
const OUTLETS = Array.from({ length: 24 }, (_, i) => ({ domain: `media${i}.example.id`, name: `Media ${i}`, type: (['nasional', 'regional', 'pemerintah'] as const)[i % 3]! }));
let seed = 20261122;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();

function generated(i: number): Omit<Clipping, 'id'> {
  const article = articles[i % articles.length]!;
  const outlet = pick(OUTLETS);
  const published = NOW - Math.floor(random() * 730 * DAY);
  const words = article.FullText.split(/\s+/).slice(0, 450);
  const tone = pick(['negatif', 'netral', 'positif'] as const);
  const p = { label: tone, score: 0.8, scores: { negatif: 0.1, netral: 0.1, positif: 0.1, [tone]: 0.8 } };
  return {
    kind: 'article', url: `https://${outlet.domain}/berita/${i}`, canonicalUrl: `https://${outlet.domain}/berita/${i}`, urlKey: `${outlet.domain}/berita/${i}`,
    title: i < articles.length ? article.Title : `${article.Title} (${i})`, author: null, editor: null, editorInitials: null,
    outlet: outlet.name, outletType: outlet.type, outletDomain: outlet.domain, publishedAt: new Date(published).toISOString(), dateline: null, lang: 'id',
    excerpt: words.slice(0, 30).join(' '), text: words.join(' '), wordCount: words.length, imageUrl: null, hiddenPagesRevealed: 0, pages: null,
    clippedAt: published + 3_600_000, note: '', clipSource: 'popup', fieldSources: {}, status: 'done', deletedAt: null,
    classification: { headline: p, body: p, overall: p, topic: { label: pick(TOPIC_IDS), score: 0.7, scores: {} }, model: { tone: 'bench', topic: 'bench', version: 'bench' }, ms: 1 },
    attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null, programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0,
  };
}

const rows: Array<Record<string, string | number>> = [];
const time = async (what: string, samples: number, work: () => unknown) => {
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  record(what, ms);
};
/** Kept for the final table, and printed at once: a long run that is stopped still leaves its numbers. */
function record(what: string, ms: number[]) {
  const s = summarize(ms);
  rows.push({ measure: what, n: s.n, 'median ms': s.median.toFixed(1), 'p95 ms': s.p95.toFixed(1) });
  console.log(`${what}: median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n ${s.n})`);
}
const facts: string[] = [];
const fact = (line: string) => {
  facts.push(line);
  console.log(line);
};

// --- Node: the digest of 1,000 clippings ---
const thousand = Array.from({ length: 1000 }, (_, i) => ({ ...generated(i), id: i + 1 }));
const options = { office: 'Diskominfo', period: 'bench', now: new Date(NOW) };
await time('digest 1,000 clippings: Markdown (Node)', 5, () => digestMarkdown(thousand, options));
await time('digest 1,000 clippings: HTML (Node)', 5, () => digestHtml(thousand, options));
await time('digest 1,000 clippings: DOCX (Node)', 5, () => digestDocx(thousand, options));
await time('CSV 1,000 clippings (Node)', 5, () => clippingsToCsv(thousand));
await time('JSON 1,000 clippings (Node)', 5, () => JSON.stringify(thousand));

// --- Chromium: the clippings page over N clippings ---
const dir = mkdtempSync(join(tmpdir(), 'kliping-bench-'));
/** The generated clippings as a backup file (only when the profile does not hold them already). */
function writeBackupFile(): { path: string; mb: number } {
  const path = join(dir, 'cadangan.json');
  writeFileSync(path, JSON.stringify({ format: 'kliping-backup', version: 1, schemaVersion: 4, exportedAt: new Date(NOW).toISOString(), clippings: Array.from({ length: total }, (_, i) => ({ ...generated(i), id: i + 1 })) }));
  return { path, mb: statSync(path).size / 2 ** 20 };
}
const productBuild = join(ROOT, '.output', 'chrome-mv3');
if (!existsSync(productBuild)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
// --profile DIR keeps the browser profile, so that a later run with the same build and size skips the restore.
const session = await launchWithExtension(productBuild, 'id', values.profile);
try {
  const page = await session.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(session.extensionUrl('clippings.html'));
  const countText = () => page.getByTestId('clippings-count').textContent();
  let started = performance.now();
  const openedAt = started;
  // The page's own first query opens (and creates) the database; count once it is there.
  // (Polled from here: waitForFunction takes the promise an async predicate returns as already true.)
  const created = () => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'kliping' && (d.version ?? 0) > 1));
  while (!(await created())) await new Promise((resolve) => setTimeout(resolve, 100));
  const stored = await clippingCount(page);
  if (stored === total) fact(`restore skipped: the kept profile holds ${total.toLocaleString('en')} clippings; first open (with any schema upgrade) ${((performance.now() - openedAt) / 1000).toFixed(1)} s`);
  else {
    const backupFile = writeBackupFile();
    await page.getByTestId('data-tools').locator('summary').click();
    await page.getByText('Ganti semua').click();
    started = performance.now();
    await page.getByTestId('import-file').setInputFiles(backupFile.path);
    await page.getByTestId('import-result').waitFor({ timeout: 1_800_000 });
    fact(`restore ${total.toLocaleString('en')} clippings from a ${backupFile.mb.toFixed(0)} MB backup (bulk insert + search index): ${((performance.now() - started) / 1000).toFixed(1)} s — ${await page.getByTestId('import-result').textContent()}`);
  }

  await time(`clippings page first paint (${total.toLocaleString('en')} stored)`, runs, async () => {
    await page.goto(session.extensionUrl('clippings.html'));
    await page.getByTestId('clipping-row').first().waitFor({ timeout: 120_000 });
  });
  await page.getByTestId('clippings-count').waitFor();
  fact(`rows in the DOM with ${await countText()}: ${await page.getByTestId('clipping-row').count()} (virtual list)`);

  const until = async (action: () => Promise<unknown>) => {
    const before = await countText();
    await action();
    await page.waitForFunction((text) => document.querySelector('[data-testid="clippings-count"]')?.textContent !== text, before, { timeout: 120_000 });
  };
  const filters: Array<[string, string]> = [['filter-tone', 'negatif'], ['filter-topic', 'ekonomi'], ['filter-outlet', 'media3.example.id'], ['filter-outlet-type', 'regional'], ['filter-tone', 'positif']];
  const filterMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [testId, value] = filters[i % filters.length]!;
    started = performance.now();
    await until(() => page.getByTestId(testId).selectOption(value));
    filterMs.push(performance.now() - started);
    await until(() => page.getByTestId(testId).selectOption(''));
  }
  record('filter change → count shown (one field, whole database)', filterMs);

  const queries = ['banjir', 'gubernur', 'korupsi', 'salurkan', 'pembangunan jalan', 'presiden prabowo', 'harga beras', 'sekolah', 'bansos', 'kebakaran'];
  const searchMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await until(() => page.getByTestId('search').fill(queries[i % queries.length]!));
    searchMs.push(performance.now() - started - 250); // the search box waits 250 ms for typing to pause
    await until(() => page.getByTestId('search').fill(''));
  }
  record('search → count shown (after the 250 ms typing pause)', searchMs);

  await page.getByTestId('data-tools').locator('summary').click();
  started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('download-backup').click()]);
  const path = (await download.path())!;
  fact(`backup download of ${total.toLocaleString('en')} clippings: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(statSync(path).size / 2 ** 20).toFixed(0)} MB`);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  fact(`IndexedDB usage after restore: ${(usage / 2 ** 20).toFixed(0)} MB`);
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log('');
printTable(rows);
console.log(`\n${facts.join('\n')}`);
console.log('note: browser timings include the test driver (playwright) round trips, a few ms each.');
