import { DEFAULT_OFFSET_MINUTES, parseMachineDate, type MachineDateCandidate } from './dates';
import { findJsonLdArticle, jsonLdNames, jsonLdString } from './json-ld';
import type { FieldSource } from './types';
import { parseHttpUrl } from './url';

export interface Sourced<T> {
  value: T;
  source: FieldSource;
}

export interface PageMetadata {
  title: Sourced<string> | null;
  /** Names the page declares as the writer, best first (JSON-LD may list the editor: see precedence). */
  authors: Sourced<string>[];
  siteName: Sourced<string> | null;
  published: (MachineDateCandidate & { source: FieldSource }) | null;
  canonicalUrl: Sourced<string> | null;
  imageUrl: Sourced<string> | null;
  lang: string | null;
  description: string | null;
}

/** All <meta> values by lower-cased name/property/itemprop, first occurrence wins (one pass over the page). */
function indexMeta(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function sourced<T>(value: T | null | undefined, source: FieldSource): Sourced<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, source };
}

function first<T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null {
  return candidates.find((c) => c !== null) ?? null;
}

function stripAuthorLabel(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw
    .replace(/^\s*(oleh|by|penulis|pewarta|reporter|editor)\s*[:\-]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned && !/^https?:\/\//i.test(cleaned) ? cleaned : null;
}

function normaliseLang(raw: string | null | undefined): string | null {
  const code = raw?.trim().toLowerCase().split(/[-_]/)[0];
  if (!code) return null;
  return code === 'in' ? 'id' : code;
}

/** Reads what publishers declare for machines (JSON-LD, OpenGraph, meta, microdata, <time>). */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = findJsonLdArticle(doc);
  const metas = indexMeta(doc);
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).find(Boolean) ?? null;
  const microdata = (prop: string) => {
    const el = doc.querySelector(`[itemprop="${prop}"]:not(meta)`);
    return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent?.trim() ?? null;
  };
  const absolute = (value: string | null) => parseHttpUrl(value, pageUrl)?.href ?? null;

  const authors = [
    // Kompas (2023+) puts the editor in JSON-LD and the writer in content_author.
    sourced(stripAuthorLabel(meta('content_author', 'dtk:author')), 'meta' as const),
    ...(ld ? jsonLdNames(ld['author']).map((name) => sourced(stripAuthorLabel(name), 'json-ld' as const)) : []),
    sourced(stripAuthorLabel(meta('author', 'article:author', 'dc.creator', 'parsely-author')), 'meta' as const),
    sourced(stripAuthorLabel(microdata('author')), 'microdata' as const),
  ].filter((a): a is Sourced<string> => a !== null);

  const dateCandidates: Array<[string | null | undefined, FieldSource, boolean]> = [
    [ld ? jsonLdString(ld['datePublished']) : null, 'json-ld', false],
    [meta('article:published_time', 'og:article:published_time', 'og:published_time'), 'opengraph', false],
    [meta('pubdate', 'publishdate', 'publish-date', 'content_publisheddate', 'dc.date.issued', 'dc.date', 'date', 'dtk:publishdate', 'sailthru.date', 'parsely-pub-date', 'article.published', 'pub_date', 'datepublished'), 'meta', false],
    [microdata('datePublished'), 'microdata', false],
    [doc.querySelector('time[datetime]')?.getAttribute('datetime'), 'time-element', true],
  ];
  let published: PageMetadata['published'] = null;
  for (const [value, source, generic] of dateCandidates) {
    const parsed = value ? parseMachineDate(value, DEFAULT_OFFSET_MINUTES) : null;
    if (parsed) {
      published = { parsed, generic, source };
      break;
    }
  }

  return {
    title: first(
      sourced(ld ? jsonLdString(ld['headline']) : null, 'json-ld'),
      sourced(meta('og:title', 'twitter:title'), 'opengraph'),
      sourced(meta('title', 'dc.title'), 'meta'),
    ),
    authors,
    siteName: first(
      sourced(meta('og:site_name'), 'opengraph'),
      sourced(ld ? jsonLdString(ld['publisher']) : null, 'json-ld'),
      sourced(meta('application-name', 'publisher'), 'meta'),
    ),
    published,
    canonicalUrl: first(
      sourced(absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null), 'meta'),
      sourced(absolute(meta('og:url')), 'opengraph'),
      sourced(absolute(ld ? jsonLdString(ld['url'] ?? ld['mainEntityOfPage']) : null), 'json-ld'),
      sourced(absolute(microdata('url')), 'microdata'),
    ),
    imageUrl: first(
      sourced(absolute(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')), 'opengraph'),
      sourced(absolute(ld ? jsonLdString(ld['image']) : null), 'json-ld'),
    ),
    lang: normaliseLang(doc.documentElement.getAttribute('lang')) ?? normaliseLang(meta('content-language', 'og:locale', 'language')),
    description: meta('description', 'og:description'),
  };
}
