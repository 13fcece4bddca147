import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { capturePage, detectPagination } from '../../lib/extract';
import { FIXTURE_DIR, loadFixture } from './fixtures';

const origin = 'http://127.0.0.1:8080';
const articlePath = '/read/2025/11/21/jembatan-barito-kedua';
const page2Html = readFileSync(join(FIXTURE_DIR, 'multipage-synthetic', 'page2.html'), 'utf8');

describe('detectPagination', () => {
  const links = (html: string, url: string) => detectPagination(documentFromHtml(`<body>${html}</body>`, url), url);

  it('finds kompas ?page=N links and the Show All address', () => {
    const url = 'https://money.kompas.com/read/2023/11/02/213419026/menhub';
    expect(
      links(`<a href="${url}?page=1">1</a><a href="${url}?page=2">2</a><a href="${url}?page=all#page2">Show All</a>`, url),
    ).toEqual({ allPagesUrl: `${url}?page=all`, nextPageUrls: [`${url}?page=2`] });
  });
  it('orders tribun "Halaman 1 2 3 4" pages and skips the current one', () => {
    const url = 'https://www.tribunnews.com/pendidikan/2020/05/04/jawaban';
    expect(links(`<a href="?page=4">4</a><a href="?page=2">2</a><a href="?page=3">3</a><a href="?page=2">Halaman selanjutnya</a>`, url)?.nextPageUrls).toEqual(
      [2, 3, 4].map((n) => `${url}?page=${n}`),
    );
  });
  it('finds detik-style /2 pages', () => {
    const url = 'https://news.detik.com/berita/d-1/judul';
    expect(links(`<a href="${url}/2">2</a><a href="${url}/3">3</a>`, url)?.nextPageUrls).toEqual([`${url}/2`, `${url}/3`]);
  });
  it('ignores links to other articles, other sites and earlier pages', () => {
    const url = 'https://news.detik.com/berita/d-1/judul?page=3';
    expect(links('<a href="/berita/d-2/lain?page=2">2</a><a href="https://kompas.com/x?page=2">2</a><a href="?page=2">2</a>', url)).toBeNull();
  });
});

describe('capturePage', () => {
  const fixture = loadFixture('multipage-synthetic');
  const url = origin + articlePath;

  it('joins the following pages fetched from the same site', async () => {
    const fetched: string[] = [];
    const capture = await capturePage(fixture.document(url), url, {
      fetchDocument: async (pageUrl) => {
        fetched.push(pageUrl);
        return documentFromHtml(page2Html, pageUrl);
      },
    });
    expect(fetched).toEqual([`${url}?page=2`]);
    if (!capture.result.ok) throw new Error(capture.result.message);
    const { article } = capture.result;
    expect(article.text).toContain('Pembangunan Jembatan Barito Kedua resmi dimulai');
    expect(article.text).toContain('HALAMAN-DUA-PENUTUP');
    expect(article.text.match(/Banjarmasin -/g)).toBeNull();
    expect(article.pages).toMatchObject({ status: 'stitched', pages: 2 });
    expect(capture.pages?.message).toMatch(/2 halaman; semua halaman digabung/);
    expect(article.urlKey).toBe(`127.0.0.1${articlePath}`);
  });

  it('keeps page 1 and says why when a following page cannot be fetched', async () => {
    const capture = await capturePage(fixture.document(url), url, {
      fetchDocument: async () => {
        throw new Error('server menjawab 503');
      },
    });
    if (!capture.result.ok) throw new Error(capture.result.message);
    expect(capture.result.article.text).not.toContain('HALAMAN-DUA-PENUTUP');
    expect(capture.pages).toMatchObject({ status: 'failed', pages: 2 });
    expect(capture.pages?.message).toContain('server menjawab 503');
  });

  it('offers a bookmark for a page that is not an article, and the selection as a quote', async () => {
    const index = loadFixture('index-synthetic');
    const capture = await capturePage(index.document(`${origin}/`), `${origin}/`, {
      selection: 'Pemprov Kalsel salurkan makan bergizi gratis ke 120 sekolah',
    });
    expect(capture.result.ok).toBe(false);
    expect(capture.bookmark).toMatchObject({ kind: 'bookmark', title: 'Warta Banua - Berita Terkini Kalimantan Selatan', text: '', wordCount: 0 });
    expect(capture.selection).toContain('makan bergizi gratis');
  });

  it('ignores a selection of fewer than five words', async () => {
    const capture = await capturePage(fixture.document(url), url, { selection: 'Jembatan Barito' });
    expect(capture.selection).toBeNull();
  });
});

describe('quoteOf', () => {
  it('keeps the page metadata, takes the selected text, and gets its own key', async () => {
    const { quoteOf } = await import('../../lib/extract');
    const fixture = loadFixture('pemprov-synthetic');
    const url = `${origin}/berita/2025/11/pemprov-kalsel-salurkan-mbg`;
    const capture = await capturePage(fixture.document(url), url);
    if (!capture.result.ok) throw new Error('not an article');
    const quote = quoteOf(capture.result.article, 'Kepala Dinas Pendidikan Kalsel mengatakan program ini\n\nmenjangkau lebih dari 24 ribu siswa.');
    expect(quote).toMatchObject({ kind: 'quote', title: capture.result.article.title, author: 'Siti Rahmawati', wordCount: 13 });
    expect(quote.text).toBe('Kepala Dinas Pendidikan Kalsel mengatakan program ini\n\nmenjangkau lebih dari 24 ribu siswa.');
    expect(quote.urlKey).not.toBe(capture.result.article.urlKey);
    expect(quote.urlKey.startsWith(capture.result.article.urlKey)).toBe(true);
  });
});
