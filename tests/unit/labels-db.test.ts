import { articleFixture, useFreshDb } from './db-helpers'; // first: installs fake-indexeddb
import { describe, expect, it } from 'vitest';
import { setToneOverride } from '../../lib/classify/queue';
import { createBackup, findClippings, getClipping, mergeBackup, parseBackup, restoreBackup, saveClipping, type KlipingDB } from '../../lib/db';
import { archiveProgramme, changeLabels, LabelError, listTopics, mergeProgrammes, saveProgramme, savePerson, saveTopicEdit, setTopicOverride, tagsInUse } from '../../lib/db/labels';
import { suggestionsFor } from '../../lib/db/suggestions';
import { EMPTY_FILTER } from '../../lib/report/filter';
import { KlipingDB as DB } from '../../lib/db/schema';

const blank = { description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false };
const addProgramme = (db: KlipingDB, code: string, name: string, aliases: string[] = []) => saveProgramme(db, { code, name, aliases, ...blank });
const clip = async (db: KlipingDB, title: string, text: string, options: { programmes?: string[]; tags?: string[] } = {}) =>
  (await saveClipping(db, articleFixture({ title, text }), { clipSource: 'popup', ...options })) as { status: 'saved'; id: number };

describe('programmes, persons and tags in the database', () => {
  const fresh = useFreshDb();

  it('creates programmes with ids from their codes and refuses a duplicate code in Indonesian', async () => {
    const mbg = await addProgramme(fresh.db, 'MBG', 'Makan Bergizi Gratis');
    expect(mbg.id).toBe('mbg');
    await expect(addProgramme(fresh.db, 'MBG', 'Lain')).rejects.toThrow(new LabelError('Kode "MBG" sudah dipakai program "Makan Bergizi Gratis".'));
    await expect(addProgramme(fresh.db, ' ', 'Tanpa kode')).rejects.toThrow(/wajib diisi/);
  });

  it('merging two programmes re-labels every clipping once and keeps the old names as aliases', async () => {
    const a = await addProgramme(fresh.db, 'MSG', 'Makan Siang Gratis', ['makan siang']);
    const b = await addProgramme(fresh.db, 'MBG', 'Makan Bergizi Gratis');
    const both = await clip(fresh.db, 'x', 'y', { programmes: [a.id, b.id] });
    const onlyA = await clip(fresh.db, 'x2', 'y', { programmes: [a.id, 'other'] });
    const none = await clip(fresh.db, 'x3', 'y');
    const mergedAt = Date.now() + 60_000;
    expect(await mergeProgrammes(fresh.db, a.id, b.id, mergedAt)).toBe(2);
    expect((await getClipping(fresh.db, onlyA.id))!.labelledAt).toBe(mergedAt); // the learner retrains on merged labels
    expect((await getClipping(fresh.db, both.id))!.programmes).toEqual([b.id]);
    expect((await getClipping(fresh.db, onlyA.id))!.programmes).toEqual([b.id, 'other']);
    expect((await getClipping(fresh.db, none.id))!.programmes).toEqual([]);
    expect(await fresh.db.programmes.get(a.id)).toBeUndefined();
    expect((await fresh.db.programmes.get(b.id))!.aliases).toEqual(['MSG', 'Makan Siang Gratis', 'makan siang']);
    expect(await fresh.db.clippings.where('programmes').equals(a.id).count()).toBe(0);
  });

  it('archiving keeps the clippings labelled (and filterable) but stops suggesting the programme', async () => {
    const sr = await addProgramme(fresh.db, 'SR', 'Sekolah Rakyat');
    const labelled = await clip(fresh.db, 'Sekolah Rakyat dibuka', 'isi', { programmes: [sr.id] });
    await archiveProgramme(fresh.db, sr.id, true);
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, programmes: [sr.id] }, 10)).rows.map((c) => c.id)).toEqual([labelled.id]);
    const fresh2 = await clip(fresh.db, 'Sekolah Rakyat kedua', 'isi');
    expect(await suggestionsFor(fresh.db, (await getClipping(fresh.db, fresh2.id))!)).toEqual([]);
  });

  it('detects key persons at save time and recounts every clipping when a person is added or renamed', async () => {
    const before = await clip(fresh.db, 'Paman Birin resmikan jembatan', 'Gubernur Kalsel H. Sahbirin Noor hadir.');
    expect((await getClipping(fresh.db, before.id))!.mentions).toEqual([]);
    const birin = await savePerson(fresh.db, { name: 'H. Sahbirin Noor, S.Sos., M.H.', position: 'Gubernur', aliases: ['Paman Birin', 'Gubernur Kalsel'], archived: false });
    expect((await getClipping(fresh.db, before.id))!.mentions).toEqual([{ personId: birin.id, title: 1, body: 1 }]);
    const after = await clip(fresh.db, 'Sahbirin Noor tinjau banjir', 'Sahbirin meninjau.');
    expect((await getClipping(fresh.db, after.id))!.mentions).toEqual([{ personId: birin.id, title: 1, body: 0 }]);
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, persons: [birin.id] }, 10)).total).toBe(2);
    await savePerson(fresh.db, { ...birin, aliases: [] });
    expect((await getClipping(fresh.db, before.id))!.mentions).toEqual([{ personId: birin.id, title: 0, body: 1 }]);
  });

  it('bulk-tags many clippings: adds and removes programmes and tags, filters by them', async () => {
    const ids = [(await clip(fresh.db, 'a', 'b')).id, (await clip(fresh.db, 'c', 'd')).id, (await clip(fresh.db, 'e', 'f')).id];
    await changeLabels(fresh.db, ids.slice(0, 2), { addProgrammes: ['mbg'], addTags: [' rilis ', 'rilis', 'viral'] });
    await changeLabels(fresh.db, [ids[1]!], { removeProgrammes: ['mbg'], removeTags: ['viral'] });
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, programmes: ['mbg'] }, 10)).rows.map((c) => c.id)).toEqual([ids[0]]);
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, tags: ['rilis'] }, 10)).total).toBe(2);
    expect(await tagsInUse(fresh.db)).toEqual(['rilis', 'viral']);
    await setToneOverride(fresh.db, ids, 'negatif', 'petugas');
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, tones: ['negatif'] }, 10)).total).toBe(3);
  });

  it('a topic correction wins over the model in filters; taxonomy edits are stored and applied', async () => {
    const { id } = await clip(fresh.db, 'a', 'b');
    await setTopicOverride(fresh.db, [id], 'pangan');
    expect((await findClippings(fresh.db, { ...EMPTY_FILTER, topics: ['pangan'] }, 10)).total).toBe(1);
    await saveTopicEdit(fresh.db, { id: 'pangan', name: 'Ketahanan Pangan', keywords: ['beras', 'beras', ' '] });
    expect((await listTopics(fresh.db)).find((t) => t.id === 'pangan')).toMatchObject({ name: 'Ketahanan Pangan', keywords: ['beras'] });
  });

  it('suggestions never apply themselves, and the learner is stored for the next page', async () => {
    const mbg = await addProgramme(fresh.db, 'MBG', 'Makan Bergizi Gratis');
    await clip(fresh.db, 'Berita lama sebelum pelabelan', 'menu gizi siswa'); // clipped before labelling began: not a "none" example
    for (let i = 0; i < 6; i++) await clip(fresh.db, `Dapur gizi ${i}`, 'menu gizi siswa susu telur dapur sehat', { programmes: [mbg.id] });
    const target = await clip(fresh.db, 'Menu baru di dapur sekolah', 'menu gizi siswa susu telur');
    const row = (await getClipping(fresh.db, target.id))!;
    const suggestions = await suggestionsFor(fresh.db, row);
    expect(suggestions[0]).toMatchObject({ group: 'programme', value: mbg.id });
    expect(suggestions[0]!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['similar', 'learner']));
    expect((await getClipping(fresh.db, target.id))!.programmes).toEqual([]);
    // Six labelled, plus the target: saved after labelling began without a label, so it teaches "no programme".
    expect((await fresh.db.learner.get('officer'))!.model.examples).toBe(7);
  });

  it('backs up and restores programmes, persons, labels and taxonomy exactly; merge maps programmes by code', async () => {
    const mbg = await addProgramme(fresh.db, 'MBG', 'Makan Bergizi Gratis');
    await savePerson(fresh.db, { name: 'Budi Santoso', position: 'Kepala Dinas', aliases: [], archived: false });
    const { id } = await clip(fresh.db, 'Budi Santoso bicara MBG', 'isi', { programmes: [mbg.id], tags: ['rilis'] });
    await setTopicOverride(fresh.db, [id], 'pangan');
    await saveTopicEdit(fresh.db, { id: 'hiburan', hidden: true });
    const backup = parseBackup(JSON.stringify(await createBackup(fresh.db)));

    const other = new DB(`kliping-other-${crypto.randomUUID()}`);
    await other.open();
    await restoreBackup(other, backup);
    for (const table of ['clippings', 'programmes', 'persons', 'topics'] as const) {
      expect(await other.table(table).toArray()).toEqual(await fresh.db.table(table).toArray());
    }
    // A colleague who created "MBG" under another id: merging maps their labels onto this office's programme.
    await other.delete();
    const colleague = new DB(`kliping-colleague-${crypto.randomUUID()}`);
    await colleague.open();
    await saveProgramme(colleague, { id: 'makan-gratis', code: 'MBG', name: 'MBG versi rekan', aliases: [], ...blank });
    await saveClipping(colleague, articleFixture({ title: 'Budi Santoso tinjau dapur MBG baru' }), { clipSource: 'popup', programmes: ['makan-gratis'] });
    const report = await mergeBackup(fresh.db, parseBackup(JSON.stringify(await createBackup(colleague))));
    expect(report.added).toBe(1);
    expect(await fresh.db.programmes.count()).toBe(1);
    expect(await fresh.db.clippings.where('programmes').equals(mbg.id).count()).toBe(2);
    // The colleague has no persons; the added clipping's mentions are counted against this office's list.
    const added = (await fresh.db.clippings.toArray()).find((c) => c.title === 'Budi Santoso tinjau dapur MBG baru');
    expect(added!.mentions).toEqual([{ personId: 'budi-santoso', title: 1, body: 0 }]);
    await colleague.delete();
  });

  it('reads a version-1 backup (before labels) and gives its clippings empty labels', async () => {
    const { id } = await clip(fresh.db, 'a', 'b');
    const v1 = JSON.parse(JSON.stringify(await createBackup(fresh.db)));
    v1.version = 1;
    delete v1.programmes;
    delete v1.persons;
    delete v1.topics;
    for (const row of v1.clippings) for (const field of ['programmes', 'tags', 'mentions', 'topicOverride', 'labelledAt']) delete row[field];
    await restoreBackup(fresh.db, parseBackup(JSON.stringify(v1)));
    expect(await getClipping(fresh.db, id)).toMatchObject({ programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0 });
    expect(() => parseBackup(JSON.stringify({ ...v1, version: 2, programmes: [{ code: 'x' }] }))).toThrow('Berkas cadangan rusak: daftar program tidak sah.');
  });
});

describe('schema v5', () => {
  it('gives clippings stored before labels existed empty labels, and keeps a tone correction as labelling', async () => {
    const name = `kliping-v4-${crypto.randomUUID()}`;
    const v4 = new DB(name, 4);
    const { sources, ...article } = articleFixture({ title: 'Banjir Rendam Desa' });
    await v4.open();
    await v4.table('clippings').add({ ...article, fieldSources: sources, clippedAt: 1, note: '', clipSource: 'popup', status: 'pending', deletedAt: null, classification: null, attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: { tone: 'negatif', by: 'petugas', at: 77 } });
    v4.close();
    const current = new DB(name);
    const [row] = await current.clippings.toArray();
    expect(row).toMatchObject({ programmes: [], tags: [], mentions: [], persons: [], topicOverride: null, labelledAt: 77 });
    expect(await current.programmes.count()).toBe(0);
    current.close();
    await DB.delete(name);
  });
});
