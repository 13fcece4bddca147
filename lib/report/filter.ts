import { personIdsOf } from '../labels/detect';
import type { Tone } from '../classify/labels';
import { effectiveTopic } from '../classify/taxonomy';
import { effectiveTone } from '../classify/tone';
import type { ClassificationStatus, Clipping } from '../db/types';

/**
 * What the officer narrows the clippings page (and the report) to. Empty lists mean "any".
 */
export interface ClippingFilter {
  /** Which date the range and the order use. Clippings without a published date drop out of a published-date view. */
  dateField: 'clippedAt' | 'publishedAt';
  /** Epoch ms, inclusive; `to` exclusive. */
  from: number | null;
  to: number | null;
  outlets: string[];
  outletTypes: string[];
  /** Which tone the tone filter reads: the overall tone (with the officer's correction), or the headline's or body's. */
  tonePart: 'overall' | 'headline' | 'body';
  tones: Tone[];
  topics: string[];
  statuses: ClassificationStatus[];
  /** Programme ids, person ids and free tags: a clipping matches with any one of the chosen values. */
  programmes: string[];
  persons: string[];
  tags: string[];
  /** Free text; matched by the search index (lib/db/search-terms.ts). */
  query: string;
  order: 'newest' | 'oldest';
}

export const EMPTY_FILTER: ClippingFilter = {
  dateField: 'clippedAt', from: null, to: null, outlets: [], outletTypes: [], tonePart: 'overall', tones: [], topics: [], statuses: [], programmes: [], persons: [], tags: [], query: '', order: 'newest',
};

/** The filter fields with several values per clipping (a clipping matches with any one of the chosen values). */
export const LABEL_FIELDS = ['programmes', 'persons', 'tags'] as const;

export const isEmptyFilter = (f: ClippingFilter) =>
  f.from === null && f.to === null && !f.outlets.length && !f.outletTypes.length && !f.tones.length && !f.topics.length && !f.statuses.length && LABEL_FIELDS.every((field) => !f[field].length) && !f.query.trim();

/**
 * What the list's filters, its order and the charts read of a clipping, with the effective tone (the
 * officer's correction first) and topic already resolved. The database keeps one per clipping in a small
 * table of its own (lib/db/cards.ts), so that the clippings page holds all of them in memory and answers a
 * filter, a count or a chart without reading any article.
 */
export interface Card {
  id: number;
  clippedAt: number;
  /** publishedAt as epoch ms (ISO strings with different offsets do not sort in time order); null when unknown. */
  publishedMs: number | null;
  trashed: boolean;
  outletDomain: string | null;
  outletType: string | null;
  status: ClassificationStatus;
  tones: Record<ClippingFilter['tonePart'], Tone | null>;
  topic: string | null;
  programmes: string[];
  persons: string[];
  tags: string[];
}

export function cardOf(c: Clipping): Card {
  const published = c.publishedAt ? Date.parse(c.publishedAt) : Number.NaN;
  return {
    id: c.id,
    clippedAt: c.clippedAt,
    publishedMs: Number.isFinite(published) ? published : null,
    trashed: c.deletedAt !== null,
    outletDomain: c.outletDomain ?? null,
    outletType: c.outletType ?? null,
    status: c.status,
    tones: {
      overall: effectiveTone(c.classification?.overall ?? null, c.toneOverride).tone,
      headline: c.classification?.headline?.label ?? null,
      body: c.classification?.body?.label ?? null,
    },
    topic: effectiveTopic(c),
    programmes: c.programmes ?? [],
    persons: personIdsOf(c),
    tags: c.tags ?? [],
  };
}

export const dateOf = (c: Card, field: ClippingFilter['dateField']): number | null => (field === 'clippedAt' ? c.clippedAt : c.publishedMs);

/** Everything but the text query, which the search index answers. Trashed clippings never match. */
export function matchesFilter(c: Card, f: ClippingFilter): boolean {
  if (c.trashed) return false;
  const at = dateOf(c, f.dateField);
  if ((f.from !== null || f.to !== null || f.dateField === 'publishedAt') && at === null) return false;
  if (f.from !== null && at! < f.from) return false;
  if (f.to !== null && at! >= f.to) return false;
  if (f.outlets.length && !f.outlets.includes(c.outletDomain ?? '')) return false;
  if (f.outletTypes.length && !f.outletTypes.includes(c.outletType ?? '')) return false;
  if (f.tones.length && !f.tones.includes(c.tones[f.tonePart] as Tone)) return false;
  if (f.topics.length && !f.topics.includes(c.topic ?? '')) return false;
  if (f.statuses.length && !f.statuses.includes(c.status)) return false;
  if (f.programmes.length && !f.programmes.some((p) => c.programmes.includes(p))) return false;
  if (f.persons.length && !f.persons.some((p) => c.persons.includes(p))) return false;
  if (f.tags.length && !f.tags.some((tag) => c.tags.includes(tag))) return false;
  return true;
}

export function compareFor(f: ClippingFilter): (a: Card, b: Card) => number {
  const sign = f.order === 'newest' ? -1 : 1;
  return (a, b) => sign * ((dateOf(a, f.dateField) ?? 0) - (dateOf(b, f.dateField) ?? 0)) || sign * (a.id - b.id);
}

/** The cards that match the filter and, when the filter has a text query, are among its search hits; in the filter's order. */
export function selectCards(cards: readonly Card[], f: ClippingFilter, hits: ReadonlySet<number> | null): Card[] {
  return cards.filter((c) => (!hits || hits.has(c.id)) && matchesFilter(c, f)).sort(compareFor(f));
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dateLong = new Intl.DateTimeFormat('id', { dateStyle: 'long' });
const dateTimeLong = new Intl.DateTimeFormat('id', { dateStyle: 'long', timeStyle: 'short' });

/**
 * The report's period: the filter's date range, or the 24 hours before `now` when the filter has none
 * (the morning report). The label is the "Periode" line of the report, in Indonesian.
 */
export function reportPeriod(f: ClippingFilter, now: Date): { filter: ClippingFilter; label: string } {
  if (f.from === null && f.to === null) {
    return { filter: { ...f, dateField: 'clippedAt', from: now.getTime() - DAY_MS, to: null }, label: `24 jam hingga ${dateTimeLong.format(now)}` };
  }
  const by = f.dateField === 'publishedAt' ? 'terbit' : 'dikliping';
  const from = f.from === null ? 'awal' : dateLong.format(f.from);
  const to = dateLong.format(f.to === null ? now : new Date(f.to - 1));
  return { filter: f, label: `${from === to ? from : `${from} – ${to}`} (tanggal ${by})` };
}
