/**
 * npm start: builds the Chromium extension if needed, serves a sample Indonesian article on
 * 127.0.0.1 and opens Chromium with Kliping loaded on that article. Ctrl+C stops both.
 * Without a display it runs itself again inside a virtual one (xvfb-run) and saves a screenshot.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT, startFixtureServer } from '../tests/e2e/harness';

const build = join(ROOT, '.output', 'chrome-mv3');
if (!existsSync(join(build, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  const xvfb = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', 'npx', 'tsx', import.meta.filename], { stdio: 'inherit', env: { ...process.env, KLIPING_VIRTUAL_DISPLAY: '1' } });
  if (xvfb.error) {
    console.error('Tidak ada layar dan xvfb-run tidak terpasang: jalankan `bash scripts/setup.sh` (memasang xvfb) atau buka di desktop. / No display and no xvfb-run: run `bash scripts/setup.sh` (installs xvfb) or use a desktop.');
    process.exit(1);
  }
  process.exit(xvfb.status ?? 1);
}

const server = await startFixtureServer();
const article = `${server.origin}/berita/2025/11/pemprov-kalsel-salurkan-mbg`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kliping-start-')), {
  executablePath: CHROMIUM,
  headless: false,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run', '--window-size=1280,800'],
  viewport: null,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);
if (process.env.KLIPING_VIRTUAL_DISPLAY) {
  const screenshot = join(ROOT, '.output', 'start-screenshot.png');
  await page.screenshot({ path: screenshot });
  console.log(`Layar virtual (tanpa monitor): tangkapan layar di ${screenshot}\nVirtual display (no monitor): screenshot saved to ${screenshot}`);
}
console.log(`Artikel contoh / sample article: ${article}
Klik ikon Kliping di bilah alat (atau Alt+Shift+K), lalu "Simpan kliping". Tutup jendela atau Ctrl+C untuk berhenti.`);
context.on('close', () => void server.close().then(() => process.exit(0)));
process.on('SIGINT', () => void context.close());
