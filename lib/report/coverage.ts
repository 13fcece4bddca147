import { TONES, type Tone } from '../classify/labels';
import { dateOf, type Card, type ClippingFilter } from './filter';

/**
 * What the dashboard charts show for the clippings that match a filter: tone per day, and counts by
 * topic, outlet, outlet type, programme (share of voice) and person named. Built from the cards of the matching clippings.
 */
export interface Coverage {
  /** Local calendar days (YYYY-MM-DD), oldest first, with the clippings of each tone on that day. */
  days: string[];
  toneByDay: Record<Tone, number[]>;
  topics: Array<[string, number]>;
  outlets: Array<[string, number]>;
  outletTypes: Array<[string, number]>;
  programmes: Array<[string, number]>;
  persons: Array<[string, number]>;
}

/** One clipping's contribution: when (by the filter's date), its tone, topic, outlet and outlet type. */
export interface CoveragePoint {
  at: number;
  tone?: Tone | null;
  topic?: string | null;
  outlet?: string | null;
  outletType?: string | null;
  programmes?: string[];
  persons?: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The officer's calendar day, in the browser's time zone. */
export const localDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** [start, end) of a local day, for turning a clicked bar back into a date filter. */
export function dayRange(day: string): [number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()];
}

const ranked = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const bump = (counts: Map<string, number>, key: string | null | undefined, by = 1) => {
  if (key) counts.set(key, (counts.get(key) ?? 0) + by);
};

/** The tone chart shows at most this many days: the last ones of the range (a longer row of bars is unreadable). */
export const CHART_DAYS = 90;

/** The chart's days: from the first day with a clipping (or CHART_DAYS before the last one) to the last. */
export function chartDays(first: number, last: number): string[] {
  const days: string[] = [];
  if (!(first <= last)) return days;
  const lastDay = localDay(last);
  let start = dayRange(localDay(first))[0];
  const earliest = dayRange(lastDay)[0] - (CHART_DAYS - 1) * 24 * 3_600_000;
  if (start < earliest) start = dayRange(localDay(earliest + 12 * 3_600_000))[0]; // midday: safe across DST
  for (let day = localDay(start); ; day = localDay(dayRange(day)[1])) {
    days.push(day);
    if (day === lastDay) return days;
  }
}

/** Aggregates points. Days run from the first to the last day present, gaps included (a quiet day is a 0). */
export function coverageOf(points: Iterable<CoveragePoint>): Coverage {
  const perDay = new Map<string, Record<Tone, number>>();
  const topics = new Map<string, number>();
  const outlets = new Map<string, number>();
  const outletTypes = new Map<string, number>();
  const programmes = new Map<string, number>();
  const persons = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const p of points) {
    first = Math.min(first, p.at);
    last = Math.max(last, p.at);
    if (p.tone) {
      const day = localDay(p.at);
      const row = perDay.get(day) ?? { negatif: 0, netral: 0, positif: 0 };
      row[p.tone] += 1;
      perDay.set(day, row);
    }
    bump(topics, p.topic);
    bump(outlets, p.outlet);
    bump(outletTypes, p.outletType);
    for (const programme of p.programmes ?? []) bump(programmes, programme);
    for (const person of p.persons ?? []) bump(persons, person);
  }
  const days = chartDays(first, last);
  const toneByDay = Object.fromEntries(TONES.map((tone) => [tone, days.map((day) => perDay.get(day)?.[tone] ?? 0)])) as Record<Tone, number[]>;
  return { days, toneByDay, topics: ranked(topics), outlets: ranked(outlets), outletTypes: ranked(outletTypes), programmes: ranked(programmes), persons: ranked(persons) };
}

export function pointOf(c: Card, f: Pick<ClippingFilter, 'dateField' | 'tonePart'>): CoveragePoint | null {
  const at = dateOf(c, f.dateField);
  if (at === null) return null;
  return { at, tone: c.tones[f.tonePart], topic: c.topic, outlet: c.outletDomain, outletType: c.outletType, programmes: c.programmes, persons: c.persons };
}

/** The charts for cards that already match a filter (selectCards). */
export const coverageOfCards = (cards: readonly Card[], f: Pick<ClippingFilter, 'dateField' | 'tonePart'>): Coverage =>
  coverageOf(cards.map((c) => pointOf(c, f)).filter((p): p is CoveragePoint => p !== null));
