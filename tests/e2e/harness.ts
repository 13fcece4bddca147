/// <reference types="chrome" />
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '..', '..');
export const E2E_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Paths (with a query when it matters) on the local test server, and the fixture each serves: a folder (its source.html) or folder/file. */
export const ROUTES: Record<string, string> = {
  '/read/2025/11/21/jembatan-barito-kedua': 'multipage-synthetic',
  '/read/2025/11/21/jembatan-barito-kedua?page=1': 'multipage-synthetic',
  '/read/2025/11/21/jembatan-barito-kedua?page=2': 'multipage-synthetic/page2.html',
  '/berita/2025/11/pemprov-kalsel-salurkan-mbg': 'pemprov-synthetic',
  '/': 'index-synthetic',
  '/berita/2025/11/banjir-hst': 'banjir-synthetic',
  '/berita/d-6453785/polisi-soal-pistol': 'detik-1',
  '/news/read/2437478/paket-internet': 'liputan6-1',
};

const TEST_MODEL_DIR = join(ROOT, '.cache', 'test-models');

export interface FixtureServer {
  origin: string;
  /** Model files fetched from the mirror, in order. */
  modelRequests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(routes = ROUTES): Promise<FixtureServer> {
  const modelRequests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/models/')) {
      // An "intranet mirror" of models: the tiny test models as plain files.
      const file = join(TEST_MODEL_DIR, decodeURIComponent(url.pathname.slice('/models/'.length)));
      if (!file.startsWith(TEST_MODEL_DIR) || !existsSync(file)) {
        res.writeHead(404).end('tidak ada');
        return;
      }
      modelRequests.push(url.pathname);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(readFileSync(file));
      return;
    }
    const page = routes[url.pathname + url.search] ?? routes[url.pathname];
    if (!page) {
      res.writeHead(404).end('tidak ada');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(join(PAGES, page.endsWith('.html') ? page : join(page, 'source.html'))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    modelRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL the browser asked for, pages and extension alike. */
  requests: string[];
  extensionUrl(path: string): string;
  /** The id of the (first) tab showing `url`, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
  /** Rows of the extension's IndexedDB `clippings` table, read through a page of the extension. */
  storedClippings(): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

const isLocal = (url: string) => /^(chrome-extension|data|blob|about|chrome):|^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);

/** Real Chromium with the built extension loaded; pages may reach only the local fixture server. */
/** `profile`: a browser profile folder to reuse (benchmarks keep a large database between runs); a fresh one by default. */
export async function launchWithExtension(extensionDir = E2E_BUILD, uiLanguage = 'id', keptProfile?: string): Promise<ExtensionSession> {
  const profile = keptProfile ?? mkdtempSync(join(tmpdir(), 'kliping-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: uiLanguage,
    env: { ...process.env, LANGUAGE: uiLanguage },
    args: [
      `--lang=${uiLanguage}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(/.*/, (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  return {
    context,
    worker,
    extensionId,
    requests,
    extensionUrl,
    async tabIdOf(url) {
      const id = await worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async storedClippings() {
      return worker.evaluate(
        () =>
          new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
            const open = indexedDB.open('kliping');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('clippings').objectStore('clippings').getAll();
              all.onsuccess = () => {
                open.result.close();
                resolve(all.result as Array<Record<string, unknown>>);
              };
              all.onerror = () => reject(all.error);
            };
          }),
      );
    },
    async close() {
      await context.close();
      if (!keptProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the popup as a page aimed at the given tab, as the toolbar button would. */
export async function openPopupFor(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

/** Opens a fixture article (a path on the test server) in a new tab. */
export async function openArticle(fixture: { server: FixtureServer; session: ExtensionSession }, path: string): Promise<{ page: Page; tabId: number }> {
  const page = await fixture.session.context.newPage();
  await page.goto(fixture.server.origin + path);
  return { page, tabId: await fixture.session.tabIdOf(fixture.server.origin + path) };
}

/** A fixture article in a new tab and the popup aimed at it. */
export async function openPopupOnArticle(fixture: { server: FixtureServer; session: ExtensionSession }, path: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await openArticle(fixture, path);
  return { page, popup: await openPopupFor(fixture.session, tabId) };
}

/** One browser with the extension and one fixture server for a whole test file. */
export function useExtensionSession(extensionDir = E2E_BUILD): { readonly server: FixtureServer; readonly session: ExtensionSession } {
  const state = { server: null as unknown as FixtureServer, session: null as unknown as ExtensionSession };
  beforeAll(async () => {
    state.server = await startFixtureServer();
    state.session = await launchWithExtension(extensionDir);
  });
  afterAll(async () => {
    await state.session?.close();
    await state.server?.close();
  });
  return state;
}
