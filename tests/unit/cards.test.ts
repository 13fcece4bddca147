// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { recordResults, requeue, setToneOverride } from '../../lib/classify/queue';
import { createBackup, emptyTrash, KlipingDB, readCards, updateNote, mergeBackup, moveToTrash, parseBackup, restoreBackup, saveClipping, restoreFromTrash } from '../../lib/db';
import { changeLabels, refreshMentions, savePerson, setTopicOverride } from '../../lib/db/labels';
import { CARDS_PER_CHUNK } from '../../lib/db/cards';
import { cardOf } from '../../lib/report/filter';
import { articleFixture, useFreshDb } from './db-helpers';

const prediction = (tone: 'negatif' | 'netral' | 'positif', topic = 'hukum') => {
  const p = { label: tone, score: 0.9, scores: { negatif: 0.05, netral: 0.05, positif: 0.05, [tone]: 0.9 } };
  return { headline: p, body: { ...p, label: 'netral' as const }, overall: p, topic: { label: topic, score: 0.8, scores: {} }, model: { tone: 't', topic: 't', version: 'v' }, ms: 1 };
};

describe('cards', () => {
  const state = useFreshDb();
  /** The stored cards must always be the cards made afresh from the stored clippings. */
  const expectCardsInStep = async (db: KlipingDB = state.db) => {
    const [cards, rows] = await Promise.all([readCards(db), db.clippings.orderBy('id').toArray()]);
    expect(cards).toEqual(rows.map(cardOf));
    return cards;
  };
  const save = async (title: string, now: number) => {
    const saved = await saveClipping(state.db, articleFixture({ title }), { clipSource: 'popup', now });
    if (saved.status !== 'saved') throw new Error(saved.status);
    return saved.id;
  };

  it('follow every kind of write to the clippings', async () => {
    const ids = [await save('Banjir di Bandung', 1), await save('Gubernur Budi Santoso resmikan pasar', 2), await save('Harga beras naik', 3)];
    expect((await expectCardsInStep()).map((c) => c.tones.overall)).toEqual([null, null, null]);
    await recordResults(state.db, [{ id: ids[0]!, prediction: prediction('negatif') }]);
    await setToneOverride(state.db, ids[0]!, 'positif', 'petugas');
    await changeLabels(state.db, [ids[1]!, ids[2]!], { addProgrammes: ['mbg'], addTags: ['rilis'] });
    await setTopicOverride(state.db, [ids[2]!], 'pangan');
    await savePerson(state.db, { name: 'Budi Santoso', position: 'Gubernur', aliases: [], archived: false });
    await refreshMentions(state.db);
    await moveToTrash(state.db, ids[1]!, 10);
    const cards = await expectCardsInStep();
    expect(cards[0]).toMatchObject({ tones: { overall: 'positif', headline: 'negatif', body: 'netral' }, topic: 'hukum' });
    expect(cards[1]).toMatchObject({ trashed: true, programmes: ['mbg'], tags: ['rilis'], persons: ['budi-santoso'] });
    expect(cards[2]).toMatchObject({ topic: 'pangan', status: 'pending' });

    await requeue(state.db, 'all'); // a Collection.modify over every row
    await restoreFromTrash(state.db, ids[1]!);
    await moveToTrash(state.db, ids[2]!, 10);
    expect(await emptyTrash(state.db, 0, 20)).toBe(1); // a hard delete
    expect((await expectCardsInStep()).map((c) => c.id)).toEqual([ids[0], ids[1]]);

    // Restore replaces everything (clear + bulk add); a merge adds and updates.
    const backup = parseBackup(JSON.stringify(await createBackup(state.db)));
    await state.db.clippings.clear();
    expect(await expectCardsInStep()).toEqual([]);
    await restoreBackup(state.db, backup);
    await expectCardsInStep();
    const colleague = parseBackup(JSON.stringify({ ...backup, clippings: [...backup.clippings.map((c) => ({ ...c, programmes: ['sr'] })), { ...backup.clippings[0]!, id: 99, urlKey: 'example.id/lain', url: 'https://example.id/lain' }] }));
    expect(await mergeBackup(state.db, colleague)).toMatchObject({ added: 1, merged: 2 });
    expect((await expectCardsInStep()).map((c) => c.programmes)).toEqual([['sr'], ['mbg', 'sr'], []]);
  });

  it('a failed write leaves no card behind', async () => {
    await save('Banjir di Bandung', 1);
    const [row] = await state.db.clippings.toArray();
    const { id: _id, ...copy } = row!;
    await expect(state.db.clippings.add({ ...copy } as never)).rejects.toThrow(); // the same URL key
    await expectCardsInStep();
  });

  it('keep chunks right across chunk borders, for parallel writes in one transaction and for a range of ids', async () => {
    const [template] = [articleFixture()];
    const { sources, ...article } = template;
    const row = (id: number) => ({ ...article, id, urlKey: `example.id/${id}`, url: `https://example.id/${id}`, fieldSources: sources, clippedAt: id, note: '', clipSource: 'popup' as const, status: 'pending' as const, deletedAt: null, classification: null, attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null, programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0 });
    const border = CARDS_PER_CHUNK;
    const ids = [1, border - 2, border - 1, border, border + 1, border * 3 + 7];
    await state.db.clippings.bulkAdd(ids.map(row));
    expect(await state.db.cards.count()).toBe(3); // the first chunk, the second, the fourth
    await state.db.transaction('rw', state.db.clippings, () => Promise.all(ids.map((id) => state.db.clippings.update(id, { tags: [`t${id}`] }))));
    expect((await expectCardsInStep()).map((c) => c.tags)).toEqual(ids.map((id) => [`t${id}`]));
    await state.db.clippings.where(':id').between(border - 1, border + 1, true, true).delete();
    expect((await expectCardsInStep()).map((c) => c.id)).toEqual([1, border - 2, border * 3 + 7]);
    await state.db.clippings.bulkDelete([border * 3 + 7]);
    await expectCardsInStep();
    expect(await state.db.cards.count()).toBe(1); // an emptied chunk goes
  });

  it('are not rewritten by a write that changes no card, so the pages do not re-read them for nothing', async () => {
    const id = await save('Banjir di Bandung', 1);
    const touched: string[][] = [];
    const listen = (parts: Record<string, unknown>) => touched.push(Object.keys(parts).filter((part) => part.includes(`/${state.name}/cards/`)));
    Dexie.on('storagemutated', listen);
    try {
      await updateNote(state.db, id, 'perlu tanggapan'); // not on the card
      await changeLabels(state.db, [id], { addTags: ['rilis'] }); // on the card
      await expect.poll(() => touched.length).toBeGreaterThanOrEqual(2);
      expect(touched.map((parts) => parts.length > 0)).toEqual([false, true]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    await expectCardsInStep();
  });
});
