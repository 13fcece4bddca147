// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  emptyTrash,
  findByUrlKey,
  getClipping,
  KlipingDB,
  listClippings,
  moveToTrash,
  restoreFromTrash,
  saveClipping,
  SCHEMA_VERSIONS,
} from '../../lib/db';
import { articleFixture, useFreshDb } from './db-helpers';

const fresh = useFreshDb();
const article = articleFixture;

describe('saving clippings', () => {
  it('stores every field with status pending and the clip time', async () => {
    const saved = await saveClipping(fresh.db, article(), { clipSource: 'popup', note: '  perlu tanggapan ', now: 1_700_000_000_000 });
    expect(saved.status).toBe('saved');
    const row = await getClipping(fresh.db, saved.id);
    expect(row).toMatchObject({
      title: expect.stringMatching(/^Judul berita \d+$/),
      outlet: 'detikcom',
      publishedAt: '2022-12-10T13:19:56+07:00',
      note: 'perlu tanggapan',
      clipSource: 'popup',
      status: 'pending',
      deletedAt: null,
      clippedAt: 1_700_000_000_000,
      fieldSources: { title: 'json-ld', publishedAt: 'json-ld' },
    });
    expect(row).not.toHaveProperty('sources');
  });

  it('never stores the same article twice', async () => {
    const first = article();
    const a = await saveClipping(fresh.db, first, { clipSource: 'popup' });
    const b = await saveClipping(fresh.db, { ...first, url: first.url + '&fbclid=1', title: 'Judul lain' }, { clipSource: 'context-menu' });
    expect(b).toEqual({ status: 'duplicate', id: a.id });
    expect(await fresh.db.clippings.count()).toBe(1);
    expect((await findByUrlKey(fresh.db, first.urlKey))?.title).toBe(first.title);
  });

  it('lists newest first', async () => {
    await saveClipping(fresh.db, article({ title: 'lama' }), { clipSource: 'popup', now: 1000 });
    await saveClipping(fresh.db, article({ title: 'baru' }), { clipSource: 'popup', now: 3000 });
    await saveClipping(fresh.db, article({ title: 'tengah' }), { clipSource: 'popup', now: 2000 });
    expect((await listClippings(fresh.db)).map((c) => c.title)).toEqual(['baru', 'tengah', 'lama']);
  });
});

describe('delete with undo', () => {
  it('hides a trashed clipping and brings it back on undo', async () => {
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await moveToTrash(fresh.db, id);
    expect(await listClippings(fresh.db)).toHaveLength(0);
    expect(await getClipping(fresh.db, id)).toBeUndefined();
    await restoreFromTrash(fresh.db, id);
    expect((await listClippings(fresh.db)).map((c) => c.id)).toEqual([id]);
  });

  it('re-clipping a trashed article revives the same row', async () => {
    const first = article();
    const { id } = await saveClipping(fresh.db, first, { clipSource: 'popup' });
    await moveToTrash(fresh.db, id);
    expect(await findByUrlKey(fresh.db, first.urlKey)).toBeUndefined();
    const again = await saveClipping(fresh.db, { ...first, title: 'Judul diperbarui' }, { clipSource: 'popup' });
    expect(again).toEqual({ status: 'saved', id });
    expect((await getClipping(fresh.db, id))?.title).toBe('Judul diperbarui');
  });

  it('empties only what has been in the trash long enough', async () => {
    const old = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const recent = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const live = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await moveToTrash(fresh.db, old.id, 1_000);
    await moveToTrash(fresh.db, recent.id, 9_000);
    expect(await emptyTrash(fresh.db, 5_000, 10_000)).toBe(1);
    expect(await fresh.db.clippings.get(old.id)).toBeUndefined();
    expect(await fresh.db.clippings.get(recent.id)).toBeDefined();
    expect(await getClipping(fresh.db, live.id)).toBeDefined();
  });
});

describe('schema migration', () => {
  it('declares versions in ascending order in one place', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(fresh.db.verno).toBe(versions[versions.length - 1]);
  });

  it('upgrades a database created by the first version without losing clippings', async () => {
    const legacyName = `kliping-legacy-${crypto.randomUUID()}`;
    const v1 = new KlipingDB(legacyName, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    const legacyRow = { urlKey: 'kompas.com/read/1', url: 'https://kompas.com/read/1', title: 'Lama', clippedAt: 5 };
    await v1.table('clippings').add(legacyRow);
    v1.close();

    const current = new KlipingDB(legacyName);
    await current.open();
    const rows = await current.clippings.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...legacyRow, status: 'pending', deletedAt: null, note: '' });
    expect((await listClippings(current)).map((c) => c.title)).toEqual(['Lama']);
    expect(await current.clippings.where('status').equals('pending').count()).toBe(1);
    current.close();
    await KlipingDB.delete(legacyName);
  });
});
