import { parseDisplayDate, parseMachineDate, DEFAULT_OFFSET_MINUTES } from './dates';
import { findJsonLdArticle, jsonLdNames, jsonLdString } from './json-ld';
import type { FieldSource } from './types';
import { parseHttpUrl } from './url';

export interface Sourced<T> {
  value: T;
  source: FieldSource;
}

export interface PageMetadata {
  title: Sourced<string> | null;
  author: Sourced<string> | null;
  siteName: Sourced<string> | null;
  publishedAt: Sourced<string> | null;
  canonicalUrl: Sourced<string> | null;
  imageUrl: Sourced<string> | null;
  lang: string | null;
  description: string | null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function sourced<T>(value: T | null | undefined, source: FieldSource): Sourced<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, source };
}

function first<T>(...candidates: (Sourced<T> | null)[]): Sourced<T> | null {
  return candidates.find((c) => c !== null) ?? null;
}

function machineDate(value: string | null | undefined, source: FieldSource): Sourced<string> | null {
  const parsed = value ? parseMachineDate(value, DEFAULT_OFFSET_MINUTES) : null;
  return parsed ? { value: parsed.iso, source } : null;
}

function cleanAuthor(raw: string | null): string | null {
  if (!raw) return null;
  const cleaned = raw
    .replace(/^\s*(oleh|by|penulis|reporter|editor)\s*[:\-]?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned || /^https?:\/\//i.test(cleaned)) return null;
  return cleaned;
}

function normaliseLang(raw: string | null | undefined): string | null {
  const code = raw?.trim().toLowerCase().split(/[-_]/)[0];
  if (!code) return null;
  return code === 'in' ? 'id' : code;
}

/** Reads the metadata publishers declare for machines, in order of how much each source is trusted. */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const ld = findJsonLdArticle(doc);
  const microdata = (prop: string) => {
    const el = doc.querySelector(`[itemprop="${prop}"]`);
    return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent?.trim() ?? null;
  };
  const timeElement = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;

  const ldAuthors = ld ? jsonLdNames(ld['author']).map(cleanAuthor).filter((a): a is string => !!a) : [];
  const ldPublisher = ld ? jsonLdString(ld['publisher']) : null;

  const canonicalHref =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const absolute = (value: string | null) => parseHttpUrl(value, pageUrl)?.href ?? null;

  return {
    title: first(
      sourced(ld ? jsonLdString(ld['headline']) : null, 'json-ld'),
      sourced(meta(doc, 'og:title', 'twitter:title'), 'opengraph'),
      sourced(meta(doc, 'title', 'dc.title'), 'meta'),
    ),
    author: first(
      sourced(ldAuthors.join(', ') || null, 'json-ld'),
      sourced(cleanAuthor(meta(doc, 'author', 'article:author', 'dc.creator', 'content_author')), 'meta'),
      sourced(cleanAuthor(microdata('author')), 'microdata'),
    ),
    siteName: first(
      sourced(meta(doc, 'og:site_name'), 'opengraph'),
      sourced(ldPublisher, 'json-ld'),
      sourced(meta(doc, 'application-name', 'publisher'), 'meta'),
    ),
    publishedAt: first(
      machineDate(ld ? jsonLdString(ld['datePublished']) : null, 'json-ld'),
      machineDate(meta(doc, 'article:published_time', 'og:published_time'), 'opengraph'),
      machineDate(
        meta(doc, 'pubdate', 'publishdate', 'publish-date', 'content_PublishedDate', 'dc.date.issued', 'dc.date', 'date', 'dtk:publishdate', 'sailthru.date', 'parsely-pub-date'),
        'meta',
      ),
      machineDate(microdata('datePublished'), 'microdata'),
      machineDate(timeElement, 'time-element'),
      sourced(parseDisplayDate(microdata('datePublished') ?? ''), 'microdata'),
    ),
    canonicalUrl: first(
      sourced(absolute(canonicalHref), 'meta'),
      sourced(absolute(meta(doc, 'og:url')), 'opengraph'),
      sourced(absolute(ld ? jsonLdString(ld['url'] ?? ld['mainEntityOfPage']) : null), 'json-ld'),
    ),
    imageUrl: first(
      sourced(absolute(meta(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src')), 'opengraph'),
      sourced(absolute(ld ? jsonLdString(ld['image']) : null), 'json-ld'),
    ),
    lang: normaliseLang(doc.documentElement.getAttribute('lang')) ?? normaliseLang(meta(doc, 'content-language', 'og:locale', 'language')),
    description: meta(doc, 'description', 'og:description'),
  };
}
