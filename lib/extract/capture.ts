import { extractArticle, type ExtractOptions } from './article';
import { readMetadata } from './metadata';
import { lookupOutlet } from './outlets';
import { appendPages, detectPagination } from './pagination';
import { quoteOf } from './quote';
import { countWords } from './text';
import type { ExtractResult, ExtractedArticle } from './types';
import { normalizeUrlKey, outletDomainOf, parseHttpUrl, trustedCanonicalUrl, withoutTracking } from './url';

/** What happened to the other pages of a multi-page article, in words for the officer. */
export type PageStitching = NonNullable<ExtractedArticle['pages']>;

/** Everything the popup needs from one look at the tab. */
export interface PageCapture {
  result: ExtractResult;
  /** Title and address only, for pages that are not articles ("penanda halaman"). */
  bookmark: ExtractedArticle;
  /** The officer's text selection, when there is one worth clipping as a quote. */
  selection: string | null;
  pages: PageStitching | null;
}

export interface CaptureOptions extends ExtractOptions {
  /** Loads another page of the same article (in the extension: fetch from the tab, same origin). */
  fetchDocument?: (url: string) => Promise<Document>;
  selection?: string | null;
}

const MIN_SELECTION_WORDS = 5;

/** A clipping with the page's title and address but no text, for pages that are not articles. */
export function bookmarkOf(doc: Document, url: string): ExtractedArticle {
  const metadata = readMetadata(doc, url);
  const pageUrl = parseHttpUrl(url);
  const canonicalUrl = trustedCanonicalUrl(metadata.canonicalUrl?.value, url) ?? (pageUrl ? withoutTracking(pageUrl).href : url);
  const outletDomain = outletDomainOf(canonicalUrl);
  const registered = lookupOutlet(outletDomain);
  return {
    kind: 'bookmark',
    url,
    canonicalUrl,
    urlKey: normalizeUrlKey(canonicalUrl),
    title: (metadata.title?.value ?? doc.title ?? '').trim() || canonicalUrl,
    author: null,
    editor: null,
    editorInitials: null,
    outlet: registered?.name ?? metadata.siteName?.value ?? null,
    outletType: registered?.type ?? null,
    outletDomain,
    publishedAt: null,
    dateline: null,
    lang: metadata.lang,
    excerpt: metadata.description ?? '',
    text: '',
    wordCount: 0,
    imageUrl: metadata.imageUrl?.value ?? null,
    hiddenPagesRevealed: 0,
    pages: null,
    sources: {},
  };
}

async function stitch(first: ExtractedArticle, doc: Document, url: string, options: CaptureOptions) {
  const pagination = detectPagination(doc, url);
  if (!pagination || !options.fetchDocument) return { article: first, pages: null };
  const fetchDocument = options.fetchDocument;
  const extractFrom = async (pageUrl: string) => {
    const result = extractArticle(await fetchDocument(pageUrl), pageUrl, options);
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };

  if (pagination.allPagesUrl) {
    try {
      const whole = await extractFrom(pagination.allPagesUrl);
      if (whole.wordCount > first.wordCount * 1.1) {
        const { url: _, canonicalUrl: __, urlKey: ___, ...rest } = whole;
        return {
          article: { ...first, ...rest, url: first.url, canonicalUrl: first.canonicalUrl, urlKey: first.urlKey },
          pages: { status: 'stitched' as const, pages: Math.max(2, pagination.nextPageUrls.length + 1), message: 'Versi satu halaman dari artikel ini diambil, jadi seluruh isinya tersimpan.' },
        };
      }
    } catch {
      // fall through to fetching the pages one by one
    }
  }
  const following: ExtractedArticle[] = [];
  for (const pageUrl of pagination.nextPageUrls) {
    try {
      following.push(await extractFrom(pageUrl));
    } catch (error) {
      const total = pagination.nextPageUrls.length + 1;
      return {
        article: appendPages(first, following),
        pages: {
          status: 'failed' as const,
          pages: total,
          message: `Artikel ini terdiri dari ${total} halaman, tetapi halaman ${following.length + 2} tidak dapat diambil (${(error as Error).message}). Yang tersimpan hanya ${following.length + 1} halaman pertama.`,
        },
      };
    }
  }
  if (following.length === 0) return { article: first, pages: null };
  return {
    article: appendPages(first, following),
    pages: { status: 'stitched' as const, pages: following.length + 1, message: `Artikel ini terdiri dari ${following.length + 1} halaman; semua halaman digabung.` },
  };
}

/** Looks at a tab's page once: the article (with its other pages), a bookmark fallback, the selection. */
export async function capturePage(doc: Document, url: string, options: CaptureOptions = {}): Promise<PageCapture> {
  const selection = options.selection?.trim() && countWords(options.selection) >= MIN_SELECTION_WORDS ? options.selection.trim() : null;
  let result = extractArticle(doc, url, options);
  let pages: PageStitching | null = null;
  if (result.ok) {
    const stitched = await stitch(result.article, doc, url, options);
    result = { ok: true, article: { ...stitched.article, pages: stitched.pages } };
    pages = stitched.pages;
  }
  return { result, bookmark: bookmarkOf(doc, url), selection, pages };
}
