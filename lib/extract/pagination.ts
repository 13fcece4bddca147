/**
 * Articles split across addresses: kompas "?page=2" with a "Show All" link, tribun "Halaman 1 2 3 4",
 * detik "/2" pages and "?single=1". Detection is pure over the page; fetching is done by the caller
 * (the extension fetches from the tab, with the officer's own session).
 */
import { countWords } from './text';
import type { ExtractedArticle } from './types';
import { parseHttpUrl } from './url';

export interface Pagination {
  /** A same-origin address that shows the whole article on one page, when the page links one. */
  allPagesUrl: string | null;
  /** The following pages, in order, when there is no all-pages address or it fails. */
  nextPageUrls: string[];
}

const ALL_PAGES_PARAM: Array<[string, string]> = [['page', 'all'], ['single', '1'], ['showall', '1']];
const ALL_PAGES_TEXT = /^(show all|tampilkan semua|lihat semua( halaman)?|semua halaman|baca selengkapnya dalam satu halaman|single page)$/i;
const MAX_PAGES = 10;

function samePage(a: URL, b: URL): boolean {
  const path = (u: URL) => u.pathname.replace(/\/(\d{1,2})\/?$/, '').replace(/\/$/, '');
  return a.origin === b.origin && path(a) === path(b);
}

/** The page number an address shows: ?page=N (kompas, tribun), ?halaman=N, or a trailing /N (detik). */
function pageNumberOf(url: URL): number | null {
  const param = url.searchParams.get('page') ?? url.searchParams.get('halaman');
  if (param && /^\d{1,2}$/.test(param)) return Number(param);
  const suffix = /\/(\d{1,2})\/?$/.exec(url.pathname);
  return suffix ? Number(suffix[1]) : null;
}

export function detectPagination(doc: Document, pageUrl: string): Pagination | null {
  const page = parseHttpUrl(pageUrl);
  if (!page) return null;
  const currentPage = pageNumberOf(page) ?? 1;
  let allPagesUrl: string | null = null;
  const pages = new Map<number, string>();
  for (const anchor of doc.querySelectorAll('a[href]')) {
    const link = parseHttpUrl(anchor.getAttribute('href'), pageUrl);
    if (!link || !samePage(link, page)) continue;
    link.hash = '';
    const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (ALL_PAGES_PARAM.some(([name, value]) => link.searchParams.get(name) === value) || ALL_PAGES_TEXT.test(text)) {
      allPagesUrl ??= link.href;
      continue;
    }
    const number = pageNumberOf(link);
    if (number && number > currentPage && number <= MAX_PAGES && !pages.has(number)) pages.set(number, link.href);
  }
  const nextPageUrls = [...pages.entries()].sort(([a], [b]) => a - b).map(([, href]) => href);
  if (!allPagesUrl && nextPageUrls.length === 0) return null;
  return { allPagesUrl, nextPageUrls };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Joins the text of the following pages to the first page's article. Paragraphs that a following
 * page repeats (lead, sign-off, boilerplate) are kept once.
 */
export function appendPages(first: ExtractedArticle, following: ExtractedArticle[]): ExtractedArticle {
  const seen = new Set(first.text.split('\n\n').map(squash));
  const paragraphs = first.text.split('\n\n');
  for (const page of following) {
    for (const paragraph of page.text.split('\n\n')) {
      const key = squash(paragraph);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      paragraphs.push(paragraph);
    }
  }
  const text = paragraphs.join('\n\n');
  return { ...first, text, wordCount: countWords(text) };
}
