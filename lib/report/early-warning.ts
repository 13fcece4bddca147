import { topicName } from '../classify/taxonomy';
import type { Card } from './filter';

/**
 * Early warning: a negative issue that is growing before it becomes a crisis.
 *
 * For every dimension a clipping belongs to (all news, its topic, its programmes, the persons it names),
 * count the negative clippings of the last `windowHours` and compare with that dimension's own
 * daily rate over the `baselineDays` before. The rule is a Poisson tail test: alert when
 * P(X ≥ today | rate) < maxPValue and today ≥ minCount. A dimension that is usually quiet alerts on a few
 * negatives; one that is always negative (crime, say) needs many more, which a fixed "3× the mean" rule
 * would get wrong at both ends. The rate is floored so that a brand-new dimension does not alert on
 * a single story.
 */
export interface SpikeRule {
  windowHours: number;
  baselineDays: number;
  minCount: number;
  maxPValue: number;
  /** Lowest daily rate assumed for a dimension with (almost) no history. */
  floorPerDay: number;
}

export const DEFAULT_SPIKE_RULE: SpikeRule = { windowHours: 24, baselineDays: 14, minCount: 3, maxPValue: 0.01, floorPerDay: 0.25 };

export interface SpikeDimension {
  kind: 'all' | 'topic' | 'programme' | 'person';
  /** Stable id within the kind: "all", a taxonomy id, a programme id or a person id. */
  key: string;
}

export interface NegativeSpike extends SpikeDimension {
  /** Negative clippings in the window. */
  count: number;
  /** Negative clippings per day in the baseline period. */
  baselinePerDay: number;
  pValue: number;
  /** The clippings behind the alert (the window's negatives), newest first. */
  ids: number[];
}

/** When the story happened: its publication time, or when it was clipped if the page gave none. */
export function storyTime(c: Pick<Card, 'publishedMs' | 'clippedAt'>): number {
  return c.publishedMs !== null ? Math.min(c.publishedMs, c.clippedAt) : c.clippedAt;
}

export function spikeDimensions(c: Card): SpikeDimension[] {
  const dimensions: SpikeDimension[] = [{ kind: 'all', key: 'all' }];
  if (c.topic) dimensions.push({ kind: 'topic', key: c.topic });
  for (const programme of new Set(c.programmes)) dimensions.push({ kind: 'programme', key: programme });
  for (const person of c.persons) dimensions.push({ kind: 'person', key: person });
  return dimensions;
}

export type SpikeNames = { programme: (id: string) => string; person: (id: string) => string };

/** What the officer reads: "semua berita", the topic's name, or the programme's or person's name. */
export function spikeName(spike: SpikeDimension, locale: string, names?: SpikeNames): string {
  if (spike.kind === 'all') return locale.startsWith('id') ? 'semua berita' : 'all news';
  if (spike.kind === 'programme') return `${locale.startsWith('id') ? 'program' : 'programme'} ${names?.programme(spike.key) ?? spike.key}`;
  if (spike.kind === 'person') return names?.person(spike.key) ?? spike.key;
  return topicName(spike.key, locale);
}

/** P(X ≥ k) for X ~ Poisson(mean), summed from the head so that small means stay exact. */
export function poissonTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-mean);
  let head = term;
  for (let i = 1; i < k; i++) {
    term *= mean / i;
    head += term;
  }
  return Math.max(0, 1 - head);
}

const HOUR_MS = 60 * 60 * 1000;

/** Cards of every clipping (or at least of the rule's look-back period); the trash is left out here. */
export function negativeSpikes(cards: readonly Card[], now: number, rule: SpikeRule = DEFAULT_SPIKE_RULE): NegativeSpike[] {
  const windowStart = now - rule.windowHours * HOUR_MS;
  const baselineStart = windowStart - rule.baselineDays * 24 * HOUR_MS;
  const tally = new Map<string, { dimension: SpikeDimension; window: Array<{ id: number; at: number }>; baseline: number }>();
  for (const c of cards) {
    if (c.trashed || c.tones.overall !== 'negatif') continue;
    const at = storyTime(c);
    if (at < baselineStart || at > now) continue;
    for (const dimension of spikeDimensions(c)) {
      const id = `${dimension.kind}:${dimension.key}`;
      const entry = tally.get(id) ?? { dimension, window: [], baseline: 0 };
      if (at >= windowStart) entry.window.push({ id: c.id, at });
      else entry.baseline += 1;
      tally.set(id, entry);
    }
  }
  const windowDays = rule.windowHours / 24;
  const spikes: NegativeSpike[] = [];
  for (const { dimension, window, baseline } of tally.values()) {
    const baselinePerDay = baseline / rule.baselineDays;
    const pValue = poissonTail(window.length, Math.max(baselinePerDay, rule.floorPerDay) * windowDays);
    if (window.length >= rule.minCount && pValue < rule.maxPValue) {
      spikes.push({ ...dimension, count: window.length, baselinePerDay, pValue, ids: window.sort((a, b) => b.at - a.at).map((w) => w.id) });
    }
  }
  return spikes.sort((a, b) => a.pValue - b.pValue || b.count - a.count);
}
