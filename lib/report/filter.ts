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

/** The filter fields answered by multi-entry indexes (a clipping has several values of each). */
export const LABEL_FIELDS = ['programmes', 'persons', 'tags'] as const;

export const isEmptyFilter = (f: ClippingFilter) =>
  f.from === null && f.to === null && !f.outlets.length && !f.outletTypes.length && !f.tones.length && !f.topics.length && !f.statuses.length && LABEL_FIELDS.every((field) => !f[field].length) && !f.query.trim();

export function toneOf(c: Clipping, part: ClippingFilter['tonePart']): Tone | null {
  if (part === 'overall') return effectiveTone(c.classification?.overall ?? null, c.toneOverride).tone;
  return c.classification?.[part]?.label ?? null;
}

export const dateOf = (c: Clipping, field: ClippingFilter['dateField']): number | null =>
  field === 'clippedAt' ? c.clippedAt : c.publishedAt ? Date.parse(c.publishedAt) : null;

/** Everything but the text query, which the index answers. Trashed clippings never match. */
export function matchesFilter(c: Clipping, f: ClippingFilter): boolean {
  if (c.deletedAt !== null) return false;
  const at = dateOf(c, f.dateField);
  if ((f.from !== null || f.to !== null || f.dateField === 'publishedAt') && (at === null || Number.isNaN(at))) return false;
  if (f.from !== null && at! < f.from) return false;
  if (f.to !== null && at! >= f.to) return false;
  if (f.outlets.length && !f.outlets.includes(c.outletDomain ?? '')) return false;
  if (f.outletTypes.length && !f.outletTypes.includes(c.outletType ?? '')) return false;
  if (f.tones.length && !f.tones.includes(toneOf(c, f.tonePart) as Tone)) return false;
  if (f.topics.length && !f.topics.includes(effectiveTopic(c) ?? '')) return false;
  if (f.statuses.length && !f.statuses.includes(c.status)) return false;
  if (f.programmes.length && !f.programmes.some((p) => c.programmes?.includes(p))) return false;
  if (f.persons.length && !f.persons.some((p) => personIdsOf(c).includes(p))) return false;
  if (f.tags.length && !f.tags.some((tag) => c.tags?.includes(tag))) return false;
  return true;
}

export function compareFor(f: ClippingFilter): (a: Clipping, b: Clipping) => number {
  const sign = f.order === 'newest' ? -1 : 1;
  return (a, b) => sign * ((dateOf(a, f.dateField) ?? 0) - (dateOf(b, f.dateField) ?? 0)) || sign * (a.id - b.id);
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
