import { Readability } from '@mozilla/readability';
import { readMetadata } from './metadata';
import { lookupOutlet } from './outlets';
import { countWords, elementToText, leadOf } from './text';
import type { ExtractResult, ExtractedArticle, NotArticleReason } from './types';
import { normalizeUrlKey, outletDomainOf, parseHttpUrl, trustedCanonicalUrl, withoutTracking } from './url';

/** Fewer words than this is a teaser, a gallery caption or an index blurb, not an article. */
export const MIN_ARTICLE_WORDS = 80;
/** Above this share of words inside links, the "article" is a list of links (home or index page). */
const MAX_LINK_DENSITY = 0.5;

const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'not-html': 'Halaman ini bukan halaman web berisi artikel (misalnya PDF atau gambar), jadi tidak bisa dikliping.',
  'no-content': 'Tidak ditemukan isi artikel di halaman ini. Buka halaman satu berita, lalu coba lagi.',
  'too-short': 'Isi halaman ini terlalu pendek untuk sebuah artikel berita.',
  'index-page': 'Halaman ini tampaknya daftar berita (beranda atau indeks), bukan satu artikel.',
};

export function notArticle(reason: NotArticleReason): ExtractResult {
  return { ok: false, reason, message: NOT_ARTICLE_MESSAGES[reason] };
}

function linkDensity(root: Element, totalWords: number): number {
  let linkWords = 0;
  for (const a of root.querySelectorAll('a')) linkWords += countWords(a.textContent ?? '');
  return totalWords ? linkWords / totalWords : 1;
}

/** Title suffixes such as " - detikNews" or " | Republika Online" are the outlet, not the headline. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|\-–—:»]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1]!.toLowerCase();
  const looksLikeSite = (siteName && last.includes(siteName.toLowerCase().split(/[\s.]/)[0]!)) || /\.(com|id|co)|online|news/i.test(last);
  return (looksLikeSite ? parts.slice(0, -1).join(' - ') : title).trim();
}

export interface ExtractOptions {
  /** When the clip happens; used for relative dates such as "17 menit yang lalu". */
  now?: Date;
}

/**
 * Reads one news article out of a page. Pure over the given Document (it is cloned, never changed),
 * so the same code runs in the tab, in Node tests and in the CLI.
 */
export function extractArticle(doc: Document, url: string, _options: ExtractOptions = {}): ExtractResult {
  if (doc.contentType && !/html|xml/i.test(doc.contentType)) return notArticle('not-html');

  const metadata = readMetadata(doc, url);
  const parsed = new Readability(doc.cloneNode(true) as Document, {
    serializer: (el: Node) => el,
    charThreshold: 300,
  }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return notArticle('no-content');

  const text = elementToText(content);
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) return notArticle('too-short');
  if (linkDensity(content, wordCount) > MAX_LINK_DENSITY) return notArticle('index-page');

  const canonicalUrl = trustedCanonicalUrl(metadata.canonicalUrl?.value, url);
  const pageUrl = parseHttpUrl(url);
  const effectiveUrl = canonicalUrl ?? (pageUrl ? withoutTracking(pageUrl).href : url);
  const outletDomain = outletDomainOf(effectiveUrl);
  const registered = lookupOutlet(outletDomain);
  const siteName = metadata.siteName?.value ?? parsed.siteName ?? null;

  const sources: ExtractedArticle['sources'] = {};
  let title: string;
  if (metadata.title) {
    title = stripSiteSuffix(metadata.title.value, siteName);
    sources.title = metadata.title.source;
  } else if (parsed.title) {
    title = parsed.title.trim();
    sources.title = 'readability';
  } else {
    title = stripSiteSuffix(doc.title, siteName);
    sources.title = 'document-title';
  }

  let author = metadata.author?.value ?? null;
  if (author) sources.author = metadata.author!.source;
  else if (parsed.byline?.trim()) {
    author = parsed.byline.replace(/^\s*(oleh|by|penulis|reporter)\s*[:\-]?\s*/i, '').trim();
    sources.author = 'readability';
  }

  let outlet: string | null = registered?.name ?? null;
  if (outlet) sources.outlet = 'registry';
  else if (siteName) {
    outlet = siteName;
    sources.outlet = metadata.siteName?.source ?? 'readability';
  }

  if (metadata.publishedAt) sources.publishedAt = metadata.publishedAt.source;
  if (canonicalUrl) sources.canonicalUrl = metadata.canonicalUrl!.source;
  if (metadata.imageUrl) sources.imageUrl = metadata.imageUrl.source;

  return {
    ok: true,
    article: {
      url,
      canonicalUrl: effectiveUrl,
      urlKey: normalizeUrlKey(effectiveUrl),
      title,
      author,
      outlet,
      outletDomain,
      publishedAt: metadata.publishedAt?.value ?? null,
      lang: metadata.lang ?? parsed.lang ?? null,
      excerpt: leadOf(text),
      text,
      wordCount,
      imageUrl: metadata.imageUrl?.value ?? null,
      sources,
    },
  };
}
