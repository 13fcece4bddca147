/**
 * Time from the officer's click to a stored clipping, in real headless Chromium with the built
 * extension (the E2E build). Prints numbers; asserts nothing.  npm run bench:clip [-- --runs 20]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { E2E_BUILD, launchWithExtension, openPopupFor, ROOT, startFixtureServer } from '../tests/e2e/harness';
import { printTable, summarize } from './stats';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);

if (!existsSync(E2E_BUILD)) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });

const server = await startFixtureServer();
const session = await launchWithExtension();
// Real saved pages whose canonical points at the publisher's own site, so that on 127.0.0.1 the
// tab URL (with its run number) is the key and every run stores a new clipping.
const pages = { 'detik-1 (198 KB)': '/berita/d-6453785/polisi-soal-pistol', 'liputan6-1 (286 KB)': '/news/read/2437478/paket-internet' };
const rows: Array<Record<string, string | number>> = [];

try {
  for (const [label, path] of Object.entries(pages)) {
    const preview: number[] = [];
    const save: number[] = [];
    const oneStep: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A distinct query parameter makes every run a new article (it is not a tracking parameter).
      const url = `${server.origin}${path}?run=${i}`;
      const tab = await session.context.newPage();
      await tab.goto(url);
      const tabId = await session.tabIdOf(url);

      let start = performance.now();
      const popup = await openPopupFor(session, tabId);
      await popup.getByTestId('preview-title').waitFor();
      preview.push(performance.now() - start);

      start = performance.now();
      await popup.getByTestId('save').click();
      await popup.getByTestId('saved').waitFor();
      save.push(performance.now() - start);
      await popup.close();

      const url2 = `${url}-menu`;
      await tab.goto(url2);
      const tabId2 = await session.tabIdOf(url2);
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('clippings.html'));
      start = performance.now();
      const answer = await page.evaluate(
        (id) => chrome.runtime.sendMessage({ type: 'clip-tab', tabId: id, clipSource: 'context-menu' }),
        tabId2,
      );
      oneStep.push(performance.now() - start);
      if (answer?.value?.kind !== 'saved') throw new Error(`one-step clip did not save: ${JSON.stringify(answer)}`);
      await page.close();
      await tab.close();
    }
    for (const [what, samples] of [
      ['popup open → preview shown', preview],
      ['click Simpan → "Tersimpan" shown', save],
      ['one-step clip (menu/shortcut) → saved', oneStep],
    ] as const) {
      const s = summarize(samples);
      rows.push({ page: label, step: what, runs: s.n, 'median ms': s.median.toFixed(1), 'p95 ms': s.p95.toFixed(1), 'max ms': s.max.toFixed(1) });
    }
  }
  printTable(rows);
  console.log(`\nstored clippings: ${(await session.storedClippings()).length}`);
} finally {
  await session.close();
  await server.close();
}
