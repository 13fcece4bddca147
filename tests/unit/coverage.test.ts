// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { hitsFor, matchingCards, moveToTrash, saveClipping, type KlipingDB } from '../../lib/db';
import { savePerson } from '../../lib/db/labels';
import { CHART_DAYS, chartDays, coverageOf, coverageOfCards, dayRange, localDay } from '../../lib/report/coverage';
import { cardOf, EMPTY_FILTER, selectCards, type ClippingFilter } from '../../lib/report/filter';
import { articleFixture, useFreshDb } from './db-helpers';

const at = (day: string, hour: number) => dayRange(day)[0] + hour * 3_600_000;

describe('coverageOf', () => {
  it('counts tone per local day with quiet days as zeros, and ranks topics, outlets and outlet types', () => {
    const c = coverageOf([
      { at: at('2026-11-20', 9), tone: 'negatif', topic: 'hukum', outlet: 'a.id', outletType: 'nasional' },
      { at: at('2026-11-20', 23), tone: 'positif', topic: 'ekonomi', outlet: 'b.id', outletType: 'regional' },
      { at: at('2026-11-22', 1), tone: 'negatif', topic: 'hukum', outlet: 'b.id', outletType: 'regional' },
      { at: at('2026-11-22', 2), topic: 'hukum' }, // not classified for tone yet
    ]);
    expect(c.days).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect(c.toneByDay).toEqual({ negatif: [1, 0, 1], netral: [0, 0, 0], positif: [1, 0, 0] });
    expect(c.topics).toEqual([['hukum', 3], ['ekonomi', 1]]);
    expect(c.outlets).toEqual([['b.id', 2], ['a.id', 1]]);
    expect(c.outletTypes).toEqual([['regional', 2], ['nasional', 1]]);
    expect(localDay(dayRange('2026-11-21')[1])).toBe('2026-11-22');
  });

  it('shows at most the last 90 days of a long range', () => {
    const days = chartDays(at('2026-01-01', 10), at('2026-11-22', 8));
    expect(days).toHaveLength(CHART_DAYS);
    expect(days.at(-1)).toBe('2026-11-22');
    expect(days[0]).toBe('2026-08-25');
    expect(chartDays(at('2026-11-20', 23), at('2026-11-21', 1))).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('is empty without points', () => {
    expect(coverageOf([])).toEqual({ days: [], toneByDay: { negatif: [], netral: [], positif: [] }, topics: [], outlets: [], outletTypes: [], programmes: [], persons: [] });
  });
});

/** The dashboard's and the report's charts for a filter: the matching stored cards, counted. */
const coverageFor = async (db: KlipingDB, f: ClippingFilter) => coverageOfCards(await matchingCards(db, f), f);

describe('charts from the stored cards', () => {
  const state = useFreshDb();
  const p = (label: 'negatif' | 'netral' | 'positif') => ({ label, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.05, [label]: 0.9 } });

  it('counts from the stored cards exactly what the stored rows say, trash excluded', async () => {
    const ids: number[] = [];
    await savePerson(state.db, { name: 'Dr. Budi Santoso', position: 'Kepala Dinas', aliases: [], archived: false });
    for (let i = 0; i < 12; i++) {
      const saved = await saveClipping(state.db, articleFixture({ title: i % 4 ? `Judul ${i}` : `Budi Santoso ${i}`, outletDomain: `media${i % 3}.id`, outletType: i % 2 ? 'regional' : 'nasional', publishedAt: new Date(at('2026-11-10', i * 7)).toISOString() }), {
        clipSource: 'popup', now: at('2026-11-10', i * 9), programmes: [...(i % 3 ? [] : ['mbg']), ...(i % 2 ? ['sr'] : [])], tags: i % 5 ? [] : ['rilis'],
        classification: { headline: p('netral'), body: p('netral'), overall: p((['negatif', 'netral', 'positif'] as const)[i % 3]!), topic: { label: i % 4 ? 'hukum' : 'sosial', score: 0.8, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 },
      });
      ids.push(saved.id);
    }
    await moveToTrash(state.db, ids[4]!);
    // Cards made afresh from every stored row, not the ones the database kept up to date.
    const fromRows = async (f: ClippingFilter) => coverageOfCards(selectCards((await state.db.clippings.toArray()).map(cardOf), f, await hitsFor(state.db, f)), f);
    const filters: ClippingFilter[] = [
      EMPTY_FILTER,
      { ...EMPTY_FILTER, dateField: 'publishedAt' },
      { ...EMPTY_FILTER, from: at('2026-11-11', 0), to: at('2026-11-13', 0) },
      { ...EMPTY_FILTER, tones: ['negatif'], outletTypes: ['regional'] },
      { ...EMPTY_FILTER, topics: ['hukum'], dateField: 'publishedAt', from: at('2026-11-11', 0), to: null },
      { ...EMPTY_FILTER, query: 'polisi', outlets: ['media1.id'] },
      { ...EMPTY_FILTER, tones: ['negatif', 'positif'] },
      { ...EMPTY_FILTER, tonePart: 'headline', tones: ['netral'] },
      { ...EMPTY_FILTER, programmes: ['mbg'], from: at('2026-11-10', 20) },
      { ...EMPTY_FILTER, persons: ['budi-santoso'], tones: ['negatif'] },
      { ...EMPTY_FILTER, tags: ['rilis'], dateField: 'publishedAt' },
    ];
    for (const f of filters) {
      const fast = await coverageFor(state.db, f);
      expect(fast, JSON.stringify(f)).toEqual(await fromRows(f));
      expect(fast.days.length, JSON.stringify(f)).toBeGreaterThan(0);
    }
    expect((await coverageFor(state.db, { ...EMPTY_FILTER, topics: ['sosial'] })).topics).toEqual([['sosial', 2]]);
    // Share of voice per programme and the persons named; the trashed clipping 4 names Budi Santoso.
    const all = await coverageFor(state.db, EMPTY_FILTER);
    expect(all.programmes).toEqual([['sr', 6], ['mbg', 4]]);
    expect(all.persons).toEqual([['budi-santoso', 2]]);
  });
});
