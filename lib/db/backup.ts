import type { TopicEdit } from '../labels/topics';
import type { Person, Programme } from '../labels/types';
import { detectMentions, personMatcher } from '../labels/detect';
import { refreshMentions } from './labels';
import type { KlipingDB } from './schema';
import { DERIVED_FIELDS, SCHEMA_VERSIONS } from './schema';
import type { Clipping } from './types';

/**
 * Full JSON backup of the officer's database, exact restore, and merge of a colleague's export.
 * A backup is plain JSON so that it survives e-mail and shared drives and can be read without Kliping.
 */
export const BACKUP_FORMAT = 'kliping-backup';
/** 2: programmes, persons and taxonomy edits travel with the clippings (1 is still read). */
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** Database schema version the rows were written under (restored rows are upgraded if older). */
  schemaVersion: number;
  exportedAt: string;
  clippings: Clipping[];
  programmes?: Programme[];
  persons?: Person[];
  topics?: TopicEdit[];
  /** Settings the caller chose to include (office name, model choice…). */
  settings?: Record<string, unknown>;
}

/** A backup that cannot be read: the message is shown to the officer as is. */
export class BackupError extends Error {}

function withoutDerived(row: Clipping): Clipping {
  const copy = { ...row };
  for (const field of DERIVED_FIELDS) delete copy[field];
  return copy;
}

export async function createBackup(db: KlipingDB, settings?: Record<string, unknown>, now = new Date()): Promise<Backup> {
  // Index-only fields are derived (schema.ts derivedFields) and rebuilt on restore: not worth their size.
  const [clippings, programmes, persons, topics] = await Promise.all([
    db.clippings.orderBy('id').toArray().then((rows) => rows.map(withoutDerived)),
    db.programmes.toArray(),
    db.persons.toArray(),
    db.topics.toArray(),
  ]);
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA_VERSIONS.at(-1)!.version, exportedAt: now.toISOString(),
    clippings, programmes, persons, topics, ...(settings ? { settings } : {}),
  };
}

const REQUIRED: Array<[keyof Clipping, string]> = [
  ['urlKey', 'string'],
  ['title', 'string'],
  ['url', 'string'],
  ['clippedAt', 'number'],
];

/** Parses and checks a backup file; every problem is reported in Indonesian and nothing is written. */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BackupError('Berkas cadangan rusak: isinya bukan JSON yang sah.');
  }
  const backup = data as Partial<Backup> | null;
  if (!backup || typeof backup !== 'object' || backup.format !== BACKUP_FORMAT) throw new BackupError('Berkas ini bukan cadangan Kliping.');
  if (typeof backup.version !== 'number' || backup.version > BACKUP_VERSION) {
    throw new BackupError('Cadangan ini dibuat oleh Kliping versi yang lebih baru; perbarui Kliping lalu coba lagi.');
  }
  if (!Array.isArray(backup.clippings)) throw new BackupError('Berkas cadangan rusak: daftar kliping tidak ada.');
  const keys = new Set<string>();
  backup.clippings.forEach((row, index) => {
    for (const [field, type] of REQUIRED) {
      if (typeof (row as unknown as Record<string, unknown>)?.[field] !== type) {
        throw new BackupError(`Berkas cadangan rusak: kliping ke-${index + 1} tidak punya "${field}" yang sah.`);
      }
    }
    if (keys.has(row.urlKey)) throw new BackupError(`Berkas cadangan rusak: alamat ${row.urlKey} muncul dua kali.`);
    keys.add(row.urlKey);
  });
  for (const [list, what] of [[backup.programmes, 'program'], [backup.persons, 'tokoh'], [backup.topics, 'topik']] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((item) => typeof (item as { id?: unknown })?.id !== 'string')) throw new BackupError(`Berkas cadangan rusak: daftar ${what} tidak sah.`);
  }
  return backup as Backup;
}

/** Fields a row written by an older schema may lack, with their defaults (see SCHEMA_VERSIONS). */
function withDefaults(row: Clipping): Clipping {
  return {
    ...row,
    kind: row.kind ?? 'article',
    note: row.note ?? '',
    status: row.status ?? 'pending',
    deletedAt: row.deletedAt ?? null,
    classification: row.classification ?? null,
    attempts: row.attempts ?? 0,
    nextAttemptAt: row.nextAttemptAt ?? 0,
    lastError: row.lastError ?? null,
    toneOverride: row.toneOverride ?? null,
    programmes: row.programmes ?? [],
    tags: row.tags ?? [],
    mentions: row.mentions ?? [],
    topicOverride: row.topicOverride ?? null,
    labelledAt: row.labelledAt ?? row.toneOverride?.at ?? 0,
  };
}

/** Replaces the whole database with the backup: same rows, same ids. All or nothing. */
export async function restoreBackup(db: KlipingDB, backup: Backup): Promise<number> {
  await db.transaction('rw', [db.clippings, db.programmes, db.persons, db.topics, db.learner], async () => {
    await Promise.all([db.clippings.clear(), db.programmes.clear(), db.persons.clear(), db.topics.clear(), db.learner.clear()]);
    await db.clippings.bulkAdd(backup.clippings.map(withDefaults));
    await db.programmes.bulkAdd(backup.programmes ?? []);
    await db.persons.bulkAdd(backup.persons ?? []);
    await db.topics.bulkAdd(backup.topics ?? []);
  });
  return backup.clippings.length;
}

export interface MergeReport {
  added: number;
  merged: number;
  skipped: number;
}

/**
 * Adds a colleague's clippings to this database, de-duplicated by URL key. For a clipping both have:
 * notes are joined, and a classification, tone correction or live (not trashed) state is taken from
 * the colleague only where this database has none; programme labels and tags are joined; otherwise the
 * row is skipped unchanged. Programmes and persons this database lacks are added (a programme whose code
 * is taken here is mapped onto the local one); taxonomy edits stay this office's own.
 */
export async function mergeBackup(db: KlipingDB, backup: Backup): Promise<MergeReport> {
  const report: MergeReport = { added: 0, merged: 0, skipped: 0 };
  let personsAdded = false;
  await db.transaction('rw', [db.clippings, db.programmes, db.persons], async () => {
    const programmeIds = new Map<string, string>();
    for (const theirs of backup.programmes ?? []) {
      const mine = (await db.programmes.get(theirs.id)) ?? (await db.programmes.where('code').equals(theirs.code).first());
      if (mine) programmeIds.set(theirs.id, mine.id);
      else await db.programmes.add(theirs);
    }
    for (const theirs of backup.persons ?? []) {
      if (await db.persons.get(theirs.id)) continue;
      await db.persons.add(theirs);
      personsAdded = true;
    }
    const localProgrammes = (ids: string[]) => ids.map((id) => programmeIds.get(id) ?? id);
    // Mentions are counted against this office's persons (the colleague's included now), not taken as sent.
    const persons = personMatcher(await db.persons.toArray());
    for (const incoming of backup.clippings.map(withDefaults)) {
      incoming.programmes = localProgrammes(incoming.programmes);
      const mine = await db.clippings.where('urlKey').equals(incoming.urlKey).first();
      if (!mine) {
        const { id: _theirId, ...row } = incoming;
        await db.clippings.add({ ...row, mentions: detectMentions(persons, row.title, row.text) } as Clipping);
        report.added += 1;
        continue;
      }
      const changes: Partial<Clipping> = {};
      const theirNote = incoming.note.trim();
      if (theirNote && !mine.note.includes(theirNote)) changes.note = mine.note.trim() ? `${mine.note.trim()}\n\n${theirNote}` : theirNote;
      if (!mine.classification && incoming.classification) Object.assign(changes, { classification: incoming.classification, status: incoming.status, attempts: incoming.attempts, lastError: incoming.lastError });
      if (!mine.toneOverride && incoming.toneOverride) changes.toneOverride = incoming.toneOverride;
      if (mine.deletedAt !== null && incoming.deletedAt === null) changes.deletedAt = null;
      const programmes = [...new Set([...(mine.programmes ?? []), ...incoming.programmes])];
      if (programmes.length !== (mine.programmes ?? []).length) changes.programmes = programmes;
      const tags = [...new Set([...(mine.tags ?? []), ...incoming.tags])];
      if (tags.length !== (mine.tags ?? []).length) changes.tags = tags;
      if (!mine.topicOverride && incoming.topicOverride) changes.topicOverride = incoming.topicOverride;
      if (changes.programmes || changes.tags || changes.topicOverride) changes.labelledAt = Math.max(mine.labelledAt ?? 0, incoming.labelledAt);
      if (Object.keys(changes).length) {
        await db.clippings.update(mine.id, changes);
        report.merged += 1;
      } else report.skipped += 1;
    }
  });
  // New persons may be named in clippings this office already had.
  if (personsAdded) await refreshMentions(db);
  return report;
}
