import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../lib/db';
import { negativeSpikes, poissonTail, spikeName, storyTime } from '../../lib/report/early-warning';
import { cardOf } from '../../lib/report/filter';
import { articleFixture } from './db-helpers';

const NOW = Date.parse('2026-11-22T08:00:00+08:00');
const HOUR = 60 * 60 * 1000;
let nextId = 0;

/** A classified clipping about `topic`, published `hoursAgo` before NOW. */
function story(tone: 'negatif' | 'netral' | 'positif', topic: string, hoursAgo: number, overrides: Partial<Clipping> = {}): Clipping {
  const { sources, ...article } = articleFixture();
  const p = { label: tone, score: 0.8, scores: { negatif: 0.1, netral: 0.1, positif: 0.1, [tone]: 0.8 } };
  nextId += 1;
  return {
    ...article, id: nextId, publishedAt: new Date(NOW - hoursAgo * HOUR).toISOString(), clippedAt: NOW - hoursAgo * HOUR + HOUR / 2,
    note: '', clipSource: 'popup', fieldSources: sources, status: 'done', deletedAt: null,
    classification: { headline: p, body: p, overall: p, topic: { label: topic, score: 0.9, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 },
    attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null, programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0, ...overrides,
  };
}
const repeat = <T,>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('poissonTail', () => {
  it('matches the closed forms', () => {
    expect(poissonTail(0, 2)).toBe(1);
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(poissonTail(3, 0.25)).toBeCloseTo(1 - Math.exp(-0.25) * (1 + 0.25 + 0.25 ** 2 / 2), 12);
  });
});

describe('negativeSpikes', () => {
  it('flags a usually quiet topic with three negatives today, newest clipping first', () => {
    const rows = [story('negatif', 'lingkungan', 20), story('negatif', 'lingkungan', 2), story('negatif', 'lingkungan', 9), story('positif', 'lingkungan', 1)];
    const spikes = negativeSpikes(rows.map(cardOf), NOW);
    const topic = spikes.find((s) => s.kind === 'topic');
    expect(topic).toMatchObject({ key: 'lingkungan', count: 3, baselinePerDay: 0 });
    expect(topic!.ids).toEqual([rows[1]!.id, rows[2]!.id, rows[0]!.id]);
    expect(topic!.pValue).toBeLessThan(0.01);
  });

  it('stays quiet for a topic that is negative every day, and below the minimum count', () => {
    const rows = [
      ...repeat(42, (i) => story('negatif', 'hukum', 30 + i * 7)), // 3 a day for the previous two weeks
      ...repeat(4, (i) => story('negatif', 'hukum', 1 + i)),
      ...repeat(2, (i) => story('negatif', 'kesehatan', 1 + i)),
    ];
    expect(negativeSpikes(rows.map(cardOf), NOW)).toEqual([]);
  });

  it('flags the same topic when today is far above its own habit', () => {
    const rows = [...repeat(14, (i) => story('negatif', 'hukum', 30 + i * 24)), ...repeat(6, (i) => story('negatif', 'hukum', 1 + i))];
    expect(negativeSpikes(rows.map(cardOf), NOW).map((s) => `${s.kind}:${s.key}:${s.count}`)).toEqual(expect.arrayContaining(['topic:hukum:6', 'all:all:6']));
  });

  it('counts the officer correction, skips the trash and places old stories clipped today in the baseline', () => {
    const corrected = story('positif', 'pangan', 3, { toneOverride: { tone: 'negatif', by: 'petugas', at: NOW } });
    const cleared = story('negatif', 'pangan', 4, { toneOverride: { tone: 'netral', by: 'petugas', at: NOW } });
    const trashed = story('negatif', 'pangan', 5, { deletedAt: NOW });
    const old = story('negatif', 'pangan', 72, { clippedAt: NOW - HOUR });
    expect(storyTime(cardOf(old))).toBe(NOW - 72 * HOUR);
    const rows = [corrected, cleared, trashed, old, story('negatif', 'pangan', 6), story('negatif', 'pangan', 7)];
    const pangan = negativeSpikes(rows.map(cardOf), NOW).find((s) => s.key === 'pangan');
    expect(pangan?.ids.sort()).toEqual([corrected.id, rows[4]!.id, rows[5]!.id].sort());
  });

  it('uses the clipping time when the page gave no date', () => {
    const undated = story('negatif', 'sosial', 0, { publishedAt: null, clippedAt: NOW - 2 * HOUR });
    expect(storyTime(cardOf(undated))).toBe(NOW - 2 * HOUR);
  });
});

describe('programme and person dimensions', () => {
  it('alerts on a programme or a person by their own baseline, named from the office lists', () => {
    const mention = [{ personId: 'rahmat', title: 1, body: 0 }];
    const rows = [1, 2, 3].map((hours) => story('negatif', 'pendidikan', hours, { programmes: ['mbg'], mentions: mention }));
    const spikes = negativeSpikes(rows.map(cardOf), NOW);
    const programme = spikes.find((s) => s.kind === 'programme');
    expect(programme).toMatchObject({ key: 'mbg', count: 3 });
    expect(spikes.find((s) => s.kind === 'person')).toMatchObject({ key: 'rahmat', count: 3 });
    const names = { programme: (id: string) => id.toUpperCase(), person: () => 'Dr. Rahmat Hidayat' };
    expect(spikeName(programme!, 'id', names)).toBe('program MBG');
    expect(spikeName(spikes.find((s) => s.kind === 'person')!, 'id', names)).toBe('Dr. Rahmat Hidayat');
  });
});
