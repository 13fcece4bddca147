import { detectMentions, personMatcher } from '../labels/detect';
import { nameWithoutTitles } from '../labels/person-names';
import { applyTopicEdits, type Topic, type TopicEdit } from '../labels/topics';
import type { ProgrammeDraft } from '../labels/programme-list';
import type { Person, Programme } from '../labels/types';
import { OFFICER } from './clippings';
import type { KlipingDB } from './schema';
import type { Clipping } from './types';

/** A label or person that cannot be saved as given: the message is shown to the officer as is. */
export class LabelError extends Error {}

/** A short id from a code or name: lower case letters, digits and hyphens ("MBG" → "mbg"). */
export function slugOf(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

const cleanList = (items: string[]) => [...new Set(items.map((s) => s.trim()).filter(Boolean))];

export async function listProgrammes(db: KlipingDB): Promise<Programme[]> {
  return (await db.programmes.toArray()).sort((a, b) => Number(a.archived) - Number(b.archived) || a.code.localeCompare(b.code));
}

/** Creates (no id yet) or updates a programme. Code and name are required; codes are unique. */
export async function saveProgramme(db: KlipingDB, input: Omit<Programme, 'id'> & { id?: string }): Promise<Programme> {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!code || !name) throw new LabelError('Nama dan kode program wajib diisi.');
  return db.transaction('rw', db.programmes, async () => {
    const sameCode = await db.programmes.where('code').equals(code).first();
    if (sameCode && sameCode.id !== input.id) throw new LabelError(`Kode "${code}" sudah dipakai program "${sameCode.name}".`);
    let id = input.id;
    if (!id) {
      const base = slugOf(code) || 'program';
      id = base;
      for (let n = 2; await db.programmes.get(id); n++) id = `${base}-${n}`;
    }
    const programme: Programme = { ...input, id, code, name, aliases: cleanList(input.aliases), description: input.description.trim(), agency: input.agency.trim() };
    await db.programmes.put(programme);
    return programme;
  });
}

export async function archiveProgramme(db: KlipingDB, id: string, archived: boolean): Promise<void> {
  await db.programmes.update(id, { archived });
}

/**
 * Merges programme `fromId` into `intoId`: every clipping labelled with the first gets the second (once),
 * the second learns the first's code, name and aliases as aliases, and the first is removed. One transaction:
 * no clipping is ever left pointing at a programme that no longer exists.
 */
export async function mergeProgrammes(db: KlipingDB, fromId: string, intoId: string, now = Date.now()): Promise<number> {
  if (fromId === intoId) throw new LabelError('Pilih dua program yang berbeda untuk digabung.');
  return db.transaction('rw', db.programmes, db.clippings, async () => {
    const [from, into] = await Promise.all([db.programmes.get(fromId), db.programmes.get(intoId)]);
    if (!from || !into) throw new LabelError('Program yang akan digabung tidak ditemukan.');
    await db.programmes.update(intoId, { aliases: cleanList([...into.aliases, from.code, from.name, ...from.aliases]).filter((a) => a !== into.code && a !== into.name) });
    const relabelled = await db.clippings
      .where('programmes')
      .equals(fromId)
      .modify((c: Clipping) => {
        c.programmes = [...new Set(c.programmes.map((p) => (p === fromId ? intoId : p)))];
        c.labelledAt = now; // the officer's learner retrains on the merged labels
      });
    await db.programmes.delete(fromId);
    return relabelled;
  });
}

export async function listPersons(db: KlipingDB): Promise<Person[]> {
  return (await db.persons.toArray()).sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
}

/** Creates or updates a key person, then recounts mentions in every clipping (names may have changed). */
export async function savePerson(db: KlipingDB, input: Omit<Person, 'id'> & { id?: string }): Promise<Person> {
  const name = input.name.trim();
  if (!name) throw new LabelError('Nama tokoh wajib diisi.');
  const person = await db.transaction('rw', db.persons, async () => {
    let id = input.id;
    if (!id) {
      const base = slugOf(nameWithoutTitles(name)) || 'tokoh';
      id = base;
      for (let n = 2; await db.persons.get(id); n++) id = `${base}-${n}`;
    }
    const saved: Person = { ...input, id, name, position: input.position.trim(), aliases: cleanList(input.aliases) };
    await db.persons.put(saved);
    return saved;
  });
  await refreshMentions(db);
  return person;
}

export async function archivePerson(db: KlipingDB, id: string, archived: boolean): Promise<void> {
  await db.persons.update(id, { archived });
  await refreshMentions(db);
}

/** Rows recounted per transaction: keeps each one short so the page and the queue are never blocked long. */
const MENTION_BATCH = 500;

/** Recounts person mentions in the given clippings (all when omitted), in batches. Returns how many changed. */
export async function refreshMentions(db: KlipingDB, ids?: number[]): Promise<number> {
  const matcher = personMatcher(await db.persons.toArray());
  const all = ids ?? ((await db.clippings.toCollection().primaryKeys()) as number[]);
  let changed = 0;
  for (let start = 0; start < all.length; start += MENTION_BATCH) {
    const batch = all.slice(start, start + MENTION_BATCH);
    await db.transaction('rw', db.clippings, async () => {
      const updates: Array<{ key: number; changes: Partial<Clipping> }> = [];
      for (const c of await db.clippings.bulkGet(batch)) {
        if (!c) continue;
        const mentions = detectMentions(matcher, c.title, c.text);
        if (JSON.stringify(mentions) !== JSON.stringify(c.mentions ?? [])) updates.push({ key: c.id, changes: { mentions } });
      }
      await db.clippings.bulkUpdate(updates);
      changed += updates.length;
    });
  }
  return changed;
}

export async function listTopics(db: KlipingDB): Promise<Topic[]> {
  return applyTopicEdits(await db.topics.toArray());
}

export async function saveTopicEdit(db: KlipingDB, edit: TopicEdit): Promise<void> {
  const keywords = edit.keywords && cleanList(edit.keywords);
  await db.topics.put({ ...((await db.topics.get(edit.id)) ?? {}), ...edit, ...(keywords ? { keywords } : {}) });
}

/** Adds and removes programme labels and tags on one or many clippings; every change counts as labelling. */
export async function changeLabels(
  db: KlipingDB,
  ids: number[],
  change: { addProgrammes?: string[]; removeProgrammes?: string[]; addTags?: string[]; removeTags?: string[] },
  now = Date.now(),
): Promise<number> {
  const addTags = cleanList(change.addTags ?? []);
  return updateEach(db, ids, (c) => {
    const programmes = new Set(c.programmes ?? []);
    for (const p of change.addProgrammes ?? []) programmes.add(p);
    for (const p of change.removeProgrammes ?? []) programmes.delete(p);
    const tags = new Set(c.tags ?? []);
    for (const tag of addTags) tags.add(tag);
    for (const tag of change.removeTags ?? []) tags.delete(tag);
    return { programmes: [...programmes], tags: [...tags], labelledAt: now };
  });
}

/**
 * Applies per-row changes as explicit updates (bulkUpdate) in one transaction: explicit changes are what
 * the database hooks and the pages' live queries see.
 */
async function updateEach(db: KlipingDB, ids: number[], changesOf: (c: Clipping) => Partial<Clipping>): Promise<number> {
  return db.transaction('rw', db.clippings, async () => {
    const rows = (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => c !== undefined);
    await db.clippings.bulkUpdate(rows.map((c) => ({ key: c.id, changes: changesOf(c) })));
    return rows.length;
  });
}

/** The officer's topic correction (null removes it). */
export async function setTopicOverride(db: KlipingDB, ids: number[], topic: string | null, by = OFFICER, now = Date.now()): Promise<void> {
  await db.clippings.where('id').anyOf(ids).modify({ topicOverride: topic ? { topic, by, at: now } : null, labelledAt: now });
}

/** Every tag in use, from the index. */
export async function tagsInUse(db: KlipingDB): Promise<string[]> {
  return (await db.clippings.orderBy('tags').uniqueKeys()).map(String);
}

/** What the officer chose for a clipping: programmes, tags and the topic correction (null: the model's). */
export interface ClippingLabels {
  programmes: string[];
  tags: string[];
  topic: string | null;
}

export const labelsOfClipping = (c: Pick<Clipping, 'programmes' | 'tags' | 'topicOverride'>): ClippingLabels => ({
  programmes: c.programmes ?? [],
  tags: c.tags ?? [],
  topic: c.topicOverride?.topic ?? null,
});

/** Sets one clipping's labels to exactly these values (the reader and the popup after saving). */
export async function setClippingLabels(
  db: KlipingDB,
  id: number,
  labels: ClippingLabels,
  by = OFFICER,
  now = Date.now(),
): Promise<void> {
  await updateEach(db, [id], (c) => ({
    programmes: [...new Set(labels.programmes)],
    tags: cleanList(labels.tags),
    ...(labelsOfClipping(c).topic !== labels.topic ? { topicOverride: labels.topic ? { topic: labels.topic, by, at: now } : null } : {}),
    labelledAt: now,
  }));
}

/**
 * Brings in a programme list from the office: a programme with the same id, else the same code, is
 * updated in place (its clippings keep their label); the others are added. All or nothing.
 */
export async function importProgrammes(db: KlipingDB, drafts: ProgrammeDraft[]): Promise<{ added: number; updated: number }> {
  const result = { added: 0, updated: 0 };
  await db.transaction('rw', db.programmes, async () => {
    for (const d of drafts) {
      const existing = (d.id ? await db.programmes.get(d.id) : undefined) ?? (await db.programmes.where('code').equals(d.code).first());
      await saveProgramme(db, { ...d, id: existing?.id ?? d.id });
      result[existing ? 'updated' : 'added'] += 1;
    }
  });
  return result;
}
