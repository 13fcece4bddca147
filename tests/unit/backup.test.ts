import { articleFixture, useFreshDb } from './db-helpers'; // first: installs fake-indexeddb
import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, KlipingDB, mergeBackup, moveToTrash, parseBackup, restoreBackup, saveClipping } from '../../lib/db';
import type { ClippingPrediction } from '../../lib/classify';

const prediction = (label: 'negatif' | 'netral' | 'positif'): ClippingPrediction => {
  const p = { label, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.05, [label]: 0.9 } };
  return { headline: p, body: p, topic: { label: 'lingkungan', score: 0.8, scores: { lingkungan: 0.8 } }, overall: p, model: { tone: 'kliping-tone', topic: 'kliping-topic', version: '2026.11.1' }, ms: 12 };
};

async function generate(db: KlipingDB, count: number) {
  for (let i = 0; i < count; i++) {
    const result = await saveClipping(db, articleFixture({ title: `Berita ${i} "kutip" ; koma, baris\nbaru` }), {
      clipSource: 'popup',
      note: i % 3 ? '' : `catatan ${i}`,
      now: 1_700_000_000_000 + i * 60_000,
      classification: i % 2 ? prediction(i % 4 === 1 ? 'negatif' : 'positif') : null,
      toneOverride: i % 5 === 0 ? 'netral' : null,
    });
    if (i % 7 === 6) await moveToTrash(db, result.id, 1_700_000_900_000);
  }
}

describe('backup and restore', () => {
  const fresh = useFreshDb();

  it('restoring a backup reproduces the database exactly (ids, trash, overrides, classifications)', async () => {
    await generate(fresh.db, 40);
    const backup = await createBackup(fresh.db, { officeName: 'Diskominfo Kalsel' });
    const text = JSON.stringify(backup);
    const other = new KlipingDB(`${fresh.name}-restored`);
    try {
      await saveClipping(other, articleFixture(), { clipSource: 'popup' }); // replaced, not kept
      expect(await restoreBackup(other, parseBackup(text))).toBe(40);
      expect(await other.clippings.orderBy('id').toArray()).toEqual(await fresh.db.clippings.orderBy('id').toArray());
      expect(parseBackup(text).settings).toEqual({ officeName: 'Diskominfo Kalsel' });
    } finally {
      other.close();
      await KlipingDB.delete(`${fresh.name}-restored`);
    }
  });

  it('refuses corrupt or foreign files in Indonesian and writes nothing', async () => {
    await generate(fresh.db, 3);
    const before = await fresh.db.clippings.toArray();
    expect(() => parseBackup('{"format": "kliping-backup", "version": 1, "clip')).toThrow(/bukan JSON yang sah/);
    expect(() => parseBackup('[1, 2]')).toThrow(/bukan cadangan Kliping/);
    expect(() => parseBackup(JSON.stringify({ format: 'kliping-backup', version: 99, clippings: [] }))).toThrow(/versi yang lebih baru/);
    const good = await createBackup(fresh.db);
    const broken = { ...good, clippings: [good.clippings[0], { ...good.clippings[1], urlKey: 42 }] };
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(BackupError);
    expect(() => parseBackup(JSON.stringify(broken))).toThrow(/kliping ke-2 tidak punya "urlKey"/);
    const twice = { ...good, clippings: [good.clippings[0], good.clippings[0]] };
    expect(() => parseBackup(JSON.stringify(twice))).toThrow(/muncul dua kali/);
    expect(await fresh.db.clippings.toArray()).toEqual(before);
  });

  it('accepts rows written by an older schema and fills their defaults', async () => {
    const backup = await createBackup(fresh.db);
    const { status: _s, classification: _c, toneOverride: _t, attempts: _a, nextAttemptAt: _n, lastError: _l, deletedAt: _d, ...old } = {
      ...(await (async () => {
        const { id } = await saveClipping(fresh.db, articleFixture(), { clipSource: 'popup' });
        return (await fresh.db.clippings.get(id))!;
      })()),
    };
    await restoreBackup(fresh.db, parseBackup(JSON.stringify({ ...backup, schemaVersion: 1, clippings: [old] })));
    expect((await fresh.db.clippings.toArray())[0]).toMatchObject({ status: 'pending', classification: null, toneOverride: null, deletedAt: null, attempts: 0 });
  });
});

describe('merging a colleague export', () => {
  const fresh = useFreshDb();

  it('adds new clippings, merges shared ones and skips exact repeats, with a report', async () => {
    const shared = articleFixture();
    const mine = articleFixture();
    await saveClipping(fresh.db, shared, { clipSource: 'popup', note: 'catatan saya' });
    await saveClipping(fresh.db, mine, { clipSource: 'popup', note: 'hanya saya' });

    const colleague = new KlipingDB(`${fresh.name}-colleague`);
    try {
      await saveClipping(colleague, shared, { clipSource: 'popup', note: 'catatan rekan', classification: prediction('negatif'), toneOverride: 'negatif', officer: 'rekan' });
      await saveClipping(colleague, articleFixture({ title: 'Hanya di rekan' }), { clipSource: 'popup' });
      await saveClipping(colleague, { ...mine }, { clipSource: 'popup', note: 'hanya saya' });
      const report = await mergeBackup(fresh.db, parseBackup(JSON.stringify(await createBackup(colleague))));
      expect(report).toEqual({ added: 1, merged: 1, skipped: 1 });

      const rows = await fresh.db.clippings.toArray();
      expect(rows).toHaveLength(3);
      const merged = rows.find((r) => r.urlKey === shared.urlKey)!;
      expect(merged.note).toBe('catatan saya\n\ncatatan rekan');
      expect(merged).toMatchObject({ status: 'done', toneOverride: { tone: 'negatif', by: 'rekan' } });
      expect(merged.classification?.overall?.label).toBe('negatif');
      expect(new Set(rows.map((r) => r.id)).size).toBe(3);

      // Merging the same export again changes nothing.
      expect(await mergeBackup(fresh.db, parseBackup(JSON.stringify(await createBackup(colleague))))).toEqual({ added: 0, merged: 0, skipped: 3 });
    } finally {
      colleague.close();
      await KlipingDB.delete(`${fresh.name}-colleague`);
    }
  });
});
