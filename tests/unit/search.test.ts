// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { findClippings, KlipingDB, moveToTrash, readCards, saveClipping, searchIds } from '../../lib/db';
import { searchTerms } from '../../lib/db/search-terms';
import { setToneOverride } from '../../lib/classify/queue';
import { cardOf, EMPTY_FILTER, reportPeriod, type ClippingFilter } from '../../lib/report/filter';
import { articleFixture, useFreshDb } from './db-helpers';

describe('searchTerms', () => {
  it('keeps each word as written and its root, without stopwords or accents', () => {
    const terms = searchTerms('Bantuan Disalurkan ke Warga', 'Gubernur meresmikan kafé yang baru');
    expect(terms).toEqual(expect.arrayContaining(['bantuan', 'disalurkan', 'salur', 'warga', 'gubernur', 'meresmikan', 'resmi', 'kafe']));
    expect(terms).not.toContain('ke');
    expect(terms).not.toContain('yang');
  });
});

describe('findClippings', () => {
  const state = useFreshDb();
  let clock = Date.parse('2026-11-22T00:00:00Z');
  const filter = (f: Partial<ClippingFilter>): ClippingFilter => ({ ...EMPTY_FILTER, ...f });
  const titles = async (f: Partial<ClippingFilter>, limit = 50) => (await findClippings(state.db, filter(f), limit)).rows.map((c) => c.title);
  const save = async (title: string, text: string, publishedAt: string | null, extra: Parameters<typeof articleFixture>[0] = {}) => {
    const result = await saveClipping(state.db, articleFixture({ title, text, publishedAt, ...extra }), { clipSource: 'popup', now: (clock += 1000) });
    if (result.status !== 'saved') throw new Error(result.status);
    return result.id;
  };

  it('finds words through their affixes and by prefix, every query word required', async () => {
    await save('Bansos Disalurkan kepada 500 Keluarga', 'Pemerintah kabupaten menyalurkan bantuan sosial.', '2026-11-20T08:00:00+07:00');
    await save('Gubernur Resmikan Jembatan', 'Peresmian jembatan dihadiri warga.', '2026-11-21T08:00:00+07:00');
    await save('Harga Cabai Naik', 'Pedagang mengeluhkan harga.', '2026-11-21T09:00:00+07:00');
    expect(await titles({ query: 'salurkan' })).toEqual(['Bansos Disalurkan kepada 500 Keluarga']);
    expect(await titles({ query: 'diresmikan' })).toEqual(['Gubernur Resmikan Jembatan']);
    expect(await titles({ query: 'gubern' })).toEqual(['Gubernur Resmikan Jembatan']);
    expect(await titles({ query: 'BANSOS keluarga' })).toEqual(['Bansos Disalurkan kepada 500 Keluarga']);
    expect(await titles({ query: 'bansos jembatan' })).toEqual([]);
    expect(await titles({ query: 'harga', tones: ['negatif'] })).toEqual([]);
    expect(await searchIds(state.db, 'yang dan')).toBeNull(); // nothing searchable: no text filter
    await save('Kunjungan ke RI', 'Rindu kampung halaman.', null);
    expect(await titles({ query: 'ri' })).toEqual(['Kunjungan ke RI']); // two letters: the word, not every "ri…"
    expect(await titles({ query: 'rin' })).toEqual(['Kunjungan ke RI']);
  });

  it('pages through a common word in order, trash left out, with the count of every match', async () => {
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push(await save(`Banjir hari ${i}`, i % 2 ? 'Warga mengungsi.' : 'Jalan tergenang.', `2026-11-1${i}T08:00:00+07:00`, i % 3 ? {} : { outletType: 'regional' }));
    await moveToTrash(state.db, ids[2]!);
    const page = async (f: Partial<ClippingFilter>) => {
      const found = await findClippings(state.db, filter(f), 3);
      return { titles: found.rows.map((c) => c.title), total: found.total };
    };
    expect(await page({ query: 'banjir' })).toEqual({ titles: ['Banjir hari 7', 'Banjir hari 6', 'Banjir hari 5'], total: 7 });
    expect(await page({ query: 'banjir', order: 'oldest' })).toEqual({ titles: ['Banjir hari 0', 'Banjir hari 1', 'Banjir hari 3'], total: 7 });
    expect(await page({ query: 'banjir mengungsi' })).toEqual({ titles: ['Banjir hari 7', 'Banjir hari 5', 'Banjir hari 3'], total: 4 });
    expect(await page({ query: 'banjir', outletTypes: ['regional'] })).toEqual({ titles: ['Banjir hari 6', 'Banjir hari 3', 'Banjir hari 0'], total: 3 });
    expect(await page({ query: 'banjir', dateField: 'publishedAt', from: Date.parse('2026-11-15T00:00:00Z'), to: null })).toEqual({ titles: ['Banjir hari 7', 'Banjir hari 6', 'Banjir hari 5'], total: 3 });
  });

  it('orders and bounds by the true publication time across time zones, and leaves undated clippings out of that view', async () => {
    await save('Pagi di Jakarta', 'Teks.', '2026-11-21T08:30:00+07:00'); // 01:30 UTC
    await save('Pagi di Banjarmasin', 'Teks.', '2026-11-21T09:00:00+08:00'); // 01:00 UTC, sorts after as a string
    await save('Tanpa tanggal', 'Teks.', null);
    expect(await titles({ dateField: 'publishedAt' })).toEqual(['Pagi di Jakarta', 'Pagi di Banjarmasin']);
    expect(await titles({ dateField: 'publishedAt', order: 'oldest' })).toEqual(['Pagi di Banjarmasin', 'Pagi di Jakarta']);
    expect(await titles({ dateField: 'publishedAt', from: Date.parse('2026-11-21T01:15:00Z'), to: null })).toEqual(['Pagi di Jakarta']);
    expect(await titles({})).toHaveLength(3);
  });

  it('filters by outlet, outlet type, officer-corrected tone, topic and status, skips the trash, and counts beyond the page', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await save(`Berita ${i}`, 'Teks.', `2026-11-2${i}T08:00:00+07:00`, i % 2 ? { outletDomain: 'kalsel.antaranews.com', outletType: 'regional' } : {}));
    const p = { label: 'positif' as const, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.9 } };
    await state.db.clippings.update(ids[0]!, { status: 'done', classification: { headline: p, body: p, overall: p, topic: { label: 'ekonomi', score: 0.8, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 } });
    await setToneOverride(state.db, ids[1]!, 'negatif', 'petugas');
    await moveToTrash(state.db, ids[5]!);
    expect(await titles({ outlets: ['kalsel.antaranews.com'] })).toEqual(['Berita 3', 'Berita 1']);
    expect(await titles({ outletTypes: ['nasional'], order: 'oldest' })).toEqual(['Berita 0', 'Berita 2', 'Berita 4']);
    expect(await titles({ tones: ['negatif'] })).toEqual(['Berita 1']);
    expect(await titles({ tones: ['positif'], tonePart: 'headline' })).toEqual(['Berita 0']);
    expect(await titles({ topics: ['ekonomi'] })).toEqual(['Berita 0']);
    expect(await titles({ statuses: ['pending'] })).toHaveLength(4);
    expect(await findClippings(state.db, filter({}), 2)).toMatchObject({ total: 5, rows: [{ title: 'Berita 4' }, { title: 'Berita 3' }] });
    // Counted from the [outletDomain+clippedAt] index, less the trashed Berita 5.
    expect(await findClippings(state.db, filter({ outlets: ['kalsel.antaranews.com'] }), 1)).toMatchObject({ total: 2, rows: [{ title: 'Berita 3' }] });
    await moveToTrash(state.db, ids[1]!);
    expect(await findClippings(state.db, filter({ tones: ['negatif'] }), 10)).toEqual({ total: 0, rows: [] });
    expect((await findClippings(state.db, filter({ topics: ['ekonomi'], outletTypes: ['nasional'] }), 10)).total).toBe(1);
  });
});

describe('schema v4', () => {
  it('indexes clippings stored before search existed', async () => {
    const name = `kliping-v3-${crypto.randomUUID()}`;
    const v3 = new KlipingDB(name, 3);
    const { sources, ...article } = articleFixture({ title: 'Banjir Rendam Desa', text: 'Warga mengungsi.', publishedAt: '2026-11-21T08:00:00+08:00' });
    await v3.open();
    // Written as a v3 build did: without the derived fields.
    await v3.table('clippings').add({ ...article, fieldSources: sources, clippedAt: 1, note: '', clipSource: 'popup', status: 'pending', deletedAt: null, classification: null, attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null });
    v3.close();
    const current = new KlipingDB(name);
    const [row] = await current.clippings.toArray();
    expect(row!.searchTerms).toEqual(expect.arrayContaining(['banjir', 'rendam', 'desa', 'warga', 'mengungsi', 'ungsi']));
    // Version 6 made its card, with the publication time as an instant.
    expect(await readCards(current)).toEqual([cardOf(row!)]);
    expect(cardOf(row!).publishedMs).toBe(Date.parse('2026-11-21T00:00:00Z'));
    current.close();
    await KlipingDB.delete(name);
  });
});

describe('reportPeriod', () => {
  const now = new Date('2026-11-22T02:00:00Z');
  it('is the last 24 hours of clipping when the list has no date range', () => {
    const { filter, label } = reportPeriod({ ...EMPTY_FILTER, tones: ['negatif'] }, now);
    expect(filter).toMatchObject({ dateField: 'clippedAt', from: now.getTime() - 24 * 3600 * 1000, to: null, tones: ['negatif'] });
    expect(label).toMatch(/^24 jam hingga 22 November 2026/);
  });
  it('names the chosen range and which date it reads', () => {
    const range = { ...EMPTY_FILTER, dateField: 'publishedAt' as const, from: Date.parse('2026-11-01T00:00:00'), to: Date.parse('2026-11-08T00:00:00') };
    expect(reportPeriod(range, now)).toEqual({ filter: range, label: '1 November 2026 – 7 November 2026 (tanggal terbit)' });
  });
});
