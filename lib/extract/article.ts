import { Readability } from '@mozilla/readability';
import { findBylines, looksLikeOrganisation, cleanPersonName } from './byline';
import { cleanArticleBody, splitDateline, splitEditorInitials } from './cleanup';
import { reconcilePublished } from './dates';
import { revealHiddenPages } from './hidden-pages';
import { guessLanguage } from './language';
import { readMetadata } from './metadata';
import { lookupOutlet } from './outlets';
import { findHeadlineElement } from './page-text';
import { countWords, elementToText, leadOf } from './text';
import type { ExtractResult, ExtractedArticle, FieldSource, NotArticleReason } from './types';
import { normalizeUrlKey, outletDomainOf, parseHttpUrl, trustedCanonicalUrl, withoutTracking } from './url';
import { findVisibleDate } from './visible-date';

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
  const siteWord = siteName?.toLowerCase().split(/[\s.]/)[0];
  const looksLikeSite = (siteWord && last.includes(siteWord)) || /\.(com|id|co)|online|news/i.test(last);
  return (looksLikeSite ? parts.slice(0, -1).join(' - ') : title).trim();
}

/**
 * The printed headline when the declared title wraps it in extra words ("KapanLagi.com: Musik - <headline>").
 * A heading much shorter than the title (a section label such as "Regional") is not the headline.
 */
function headingInside(doc: Document, declaredTitle: string): string | null {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const text = squash(heading.textContent ?? '');
    if (text && text !== declaredTitle && declaredTitle.endsWith(text) && text.length >= 0.5 * declaredTitle.length) return text;
  }
  return null;
}

export interface ExtractOptions {
  /** When the clip happens; used for relative dates such as "17 menit yang lalu". */
  now?: Date;
}

/**
 * Reads one news article out of a page. Pure over the given Document (it is cloned, never changed),
 * so the same code runs in the tab, in Node tests and in the CLI.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  if (doc.contentType && !/html|xml/i.test(doc.contentType)) return notArticle('not-html');

  const metadata = readMetadata(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const hiddenPagesRevealed = revealHiddenPages(clone);
  const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return notArticle('no-content');

  const pageWords = countWords(content.textContent ?? '');
  if (pageWords >= MIN_ARTICLE_WORDS && linkDensity(content, pageWords) > MAX_LINK_DENSITY) return notArticle('index-page');
  cleanArticleBody(content);
  const { dateline, text: withoutDateline } = splitDateline(elementToText(content));
  const { initials: editorInitials, text } = splitEditorInitials(withoutDateline);
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS) return notArticle('too-short');

  const sources: ExtractedArticle['sources'] = {};
  const siteName = metadata.siteName?.value ?? parsed.siteName ?? null;

  let title: string;
  if (metadata.title) {
    title = headingInside(doc, stripSiteSuffix(metadata.title.value, siteName)) ?? stripSiteSuffix(metadata.title.value, siteName);
    sources.title = metadata.title.source;
  } else if (parsed.title) {
    title = parsed.title.trim();
    sources.title = 'readability';
  } else {
    title = stripSiteSuffix(doc.title, siteName);
    sources.title = 'document-title';
  }

  const headline = findHeadlineElement(doc, title);
  const bylines = findBylines(doc, headline);
  const declared = metadata.authors.map((a) => ({ ...a, value: cleanPersonName(a.value) ?? a.value }));
  const person = declared.find((a) => !looksLikeOrganisation(a.value));
  // Precedence: a declared person, then the printed writer, then the printed editor (old kompas and
  // republika print only the editor), then a declared organisation.
  const author: { value: string; source: FieldSource } | null =
    person ??
    (bylines.writer ? { value: bylines.writer, source: 'visible-text' } : null) ??
    (bylines.editor ? { value: bylines.editor, source: 'visible-text' } : null) ??
    declared[0] ??
    (parsed.byline?.trim() ? { value: cleanPersonName(parsed.byline) ?? parsed.byline.trim(), source: 'readability' } : null);
  if (author) sources.author = author.source;

  const visibleDate = findVisibleDate(doc, headline, { now: options.now });
  const published = reconcilePublished(metadata.published, visibleDate);
  if (published) sources.publishedAt = published.from === 'visible' ? 'visible-text' : metadata.published!.source;

  const canonicalUrl = trustedCanonicalUrl(metadata.canonicalUrl?.value, url);
  const pageUrl = parseHttpUrl(url);
  const effectiveUrl = canonicalUrl ?? (pageUrl ? withoutTracking(pageUrl).href : url);
  if (canonicalUrl) sources.canonicalUrl = metadata.canonicalUrl!.source;
  const outletDomain = outletDomainOf(effectiveUrl);
  const registered = lookupOutlet(outletDomain);
  let outlet: string | null = registered?.name ?? null;
  if (outlet) sources.outlet = 'registry';
  else if (siteName) {
    outlet = siteName;
    sources.outlet = metadata.siteName?.source ?? 'readability';
  }
  if (metadata.imageUrl) sources.imageUrl = metadata.imageUrl.source;

  return {
    ok: true,
    article: {
      kind: 'article',
      url,
      canonicalUrl: effectiveUrl,
      urlKey: normalizeUrlKey(effectiveUrl),
      title,
      author: author?.value ?? null,
      editor: bylines.editor,
      editorInitials,
      outlet,
      outletType: registered?.type ?? null,
      outletDomain,
      publishedAt: published?.iso ?? null,
      dateline,
      lang: guessLanguage(text, metadata.lang ?? parsed.lang ?? null),
      excerpt: leadOf(text),
      text,
      wordCount,
      imageUrl: metadata.imageUrl?.value ?? null,
      hiddenPagesRevealed,
      pages: null,
      sources,
    },
  };
}
