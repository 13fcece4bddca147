/**
 * Classification speed: Node (onnxruntime-node, native) and headless Chromium (the extension's
 * onnxruntime-web wasm, 1 thread). Prints numbers; asserts nothing.
 *   npm run bench:classify [-- --model <dir> --topic-model <dir> --runs 30 --bulk 200]
 * --bulk N: N unclassified clippings merged from a backup file on the clippings page, timed until the
 * background's queue has classified them all (the officer's "import a colleague's week" case).
 * Without --model it uses the bundled model when present, else the tiny random test model (then the
 * numbers show the engine's overhead, not a real model's cost).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClippingClassifier, loadModel } from '../lib/classify';
import { E2E_BUILD, launchWithExtension, ROOT } from '../tests/e2e/harness';
import type { Page } from 'playwright-core';
import { runPython } from '../tests/python';
import { clippingCount, pendingRow } from '../tests/e2e/rows';
import { TEST_MODELS } from '../tests/unit/global-setup';
import { printTable, summarize } from './stats';

const { values } = parseArgs({
  options: { model: { type: 'string' }, 'topic-model': { type: 'string' }, runs: { type: 'string', default: '30' }, bulk: { type: 'string', default: '200' } },
});
const runs = Number(values.runs);
const bulkCount = Number(values.bulk);
const bundled = join(ROOT, 'public', 'models', 'kliping-tone');
if (!existsSync(join(TEST_MODELS, 'tiny-tone-id'))) runPython(join(ROOT, 'tests/models/make_test_models.py'), [TEST_MODELS], ['onnx', 'numpy']);
const toneDir = resolve(values.model ?? (existsSync(join(bundled, 'config.json')) ? bundled : join(TEST_MODELS, 'tiny-tone-id')));
const topicDir = values['topic-model'] ? resolve(values['topic-model']) : values.model ? null : existsSync(join(ROOT, 'public/models/kliping-topic/config.json')) ? join(ROOT, 'public/models/kliping-topic') : join(TEST_MODELS, 'tiny-topic');
console.log(`tone model: ${toneDir}\ntopic model: ${topicDir ?? '(none)'}\n`);

// Realistic input: headlines and full articles from the shared corpus when present, else generated text.
const corpus = join(ROOT, '..', 'shared', 'data', 'corpus', 'indo-news-2025', 'articles.csv');
const sampleWords = existsSync(corpus) ? readFileSync(corpus, 'utf8').slice(0, 400_000).split(/\s+/) : 'pemerintah provinsi meresmikan jembatan baru untuk warga desa'.split(' ');
const words = (count: number, offset = 0) => Array.from({ length: count }, (_, i) => sampleWords[(offset + i) % sampleWords.length]).join(' ');
const headline = (i: number) => words(12, i * 37);
const body1000 = (i: number) => Array.from({ length: 10 }, (_, p) => words(100, i * 1000 + p * 100)).join('\n\n');

const rows: Array<Record<string, string | number>> = [];
const row = (runtime: string, what: string, samples: number[]) => {
  const s = summarize(samples);
  rows.push({ runtime, measure: what, n: s.n, 'median ms': s.median.toFixed(1), 'p95 ms': s.p95.toFixed(1) });
};

// --- Node, onnxruntime-node (native reference) ---
let peakRss = process.memoryUsage().rss;
const trackMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
let started = performance.now();
const tone = await loadModel({ root: dirname(toneDir), id: basename(toneDir) });
const topic = topicDir ? await loadModel({ root: dirname(topicDir), id: basename(topicDir) }) : null;
const classifier = new ClippingClassifier(tone, topic);
row('node (native)', 'cold load, tone + topic', [performance.now() - started]);
const nodeHeadline: number[] = [];
const nodeBody: number[] = [];
for (let i = 0; i < runs; i++) {
  started = performance.now();
  await classifier.classify({ title: headline(i) });
  nodeHeadline.push(performance.now() - started);
  started = performance.now();
  await classifier.classify({ text: body1000(i) });
  nodeBody.push(performance.now() - started);
  trackMemory();
}
row('node (native)', 'headline (~12 words)', nodeHeadline);
row('node (native)', '1,000-word body (chunked)', nodeBody);
started = performance.now();
for (let i = 0; i < 100; i++) await classifier.classify({ title: headline(i), text: body1000(i).slice(0, 3000) });
const nodeThroughput = 100 / ((performance.now() - started) / 1000);
trackMemory();

// --- Headless Chromium, the extension's wasm (1 thread) ---
// The product build carries the bundled models; the E2E build swaps in the tiny test models.
const productBuild = join(ROOT, '.output', 'chrome-mv3');
const useProduct = toneDir === bundled && !values.model;
if (useProduct && !existsSync(productBuild)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (!useProduct && !existsSync(E2E_BUILD)) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
const session = await launchWithExtension(useProduct ? productBuild : E2E_BUILD);
let wasmThroughput = Number.NaN;
try {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl('clippings.html'));
  const classifyInBrowser = (input: { title?: string; text?: string }) =>
    page.evaluate(async (i) => {
      const t0 = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: 'classify', input: i });
      if (!answer?.ok) throw new Error(answer?.error);
      return performance.now() - t0;
    }, input);
  row('chromium wasm, 1 thread', 'cold: offscreen page + models (+ wasm, for an encoder) + first headline', [await classifyInBrowser({ title: headline(0) })]);
  const wasmHeadline: number[] = [];
  const wasmBody: number[] = [];
  for (let i = 0; i < runs; i++) {
    wasmHeadline.push(await classifyInBrowser({ title: headline(i) }));
    wasmBody.push(await classifyInBrowser({ text: body1000(i) }));
  }
  row('chromium wasm, 1 thread', 'headline (~12 words)', wasmHeadline);
  row('chromium wasm, 1 thread', '1,000-word body (chunked)', wasmBody);
  started = performance.now();
  for (let i = 0; i < 100; i++) await classifyInBrowser({ title: headline(i), text: body1000(i).slice(0, 3000) });
  wasmThroughput = 100 / ((performance.now() - started) / 1000);
  const bulk = bulkCount > 0 ? await bulkImport(page, bulkCount) : null;
  const ratio = summarize(wasmBody).median / summarize(nodeBody).median;
  printTable(rows);
  console.log(`
throughput, 100 clippings (headline + ~450-word body): node ${nodeThroughput.toFixed(1)}/s, chromium wasm ${wasmThroughput.toFixed(1)}/s
${bulk ? `bulk, ${bulkCount} unclassified clippings merged from a backup (headline + ~1,000-word body each), until the queue has classified all: ${bulk.seconds.toFixed(1)} s = ${(bulkCount / bulk.seconds).toFixed(1)} clippings/s (the merge itself ${bulk.mergeSeconds.toFixed(1)} s)` : ''}
wasm / native ratio (median 1,000-word body): ${ratio.toFixed(2)}×
peak RSS of the Node process: ${(peakRss / 2 ** 20).toFixed(0)} MiB
chromium 2 threads: not measured — onnxruntime threads need cross-origin isolation, which extension pages lack here; the engine runs 1 thread.
note: the Chromium numbers use ${useProduct ? "the product build's bundled models" : 'the tiny test models of the E2E build'}.`);
} finally {
  await session.close();
}

/** Merges `count` unclassified clippings on the clippings page and waits until none is pending. */
async function bulkImport(page: Page, count: number): Promise<{ seconds: number; mergeSeconds: number }> {
  const rows = Array.from({ length: count }, (_, i) => pendingRow(`${headline(i + 500)} ${i}`, body1000(i + 500), `https://bench.example/berita/${i}`, i));
  const backup = { format: 'kliping-backup', version: 1, schemaVersion: 4, exportedAt: new Date().toISOString(), clippings: rows };
  const tools = page.getByTestId('data-tools');
  if (!(await tools.evaluate((details) => (details as HTMLDetailsElement).open))) await tools.locator('summary').click();
  const started = performance.now();
  await page.getByTestId('import-file').setInputFiles({ name: 'rekan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
  const mergeSeconds = (performance.now() - started) / 1000;
  while ((await clippingCount(page, true)) > 0) await new Promise((resolve) => setTimeout(resolve, 250));
  return { seconds: (performance.now() - started) / 1000, mergeSeconds };
}
