import type { KlipingDB } from './schema';
import { DERIVED_FIELDS, SCHEMA_VERSIONS } from './schema';
import type { Clipping } from './types';

/**
 * Full JSON backup of the officer's database, exact restore, and merge of a colleague's export.
 * A backup is plain JSON so that it survives e-mail and shared drives and can be read without Kliping.
 */
export const BACKUP_FORMAT = 'kliping-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** Database schema version the rows were written under (restored rows are upgraded if older). */
  schemaVersion: number;
  exportedAt: string;
  clippings: Clipping[];
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
  const clippings = (await db.clippings.orderBy('id').toArray()).map(withoutDerived);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA_VERSIONS.at(-1)!.version, exportedAt: now.toISOString(), clippings, ...(settings ? { settings } : {}) };
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
  };
}

/** Replaces the whole database with the backup: same rows, same ids. All or nothing. */
export async function restoreBackup(db: KlipingDB, backup: Backup): Promise<number> {
  await db.transaction('rw', db.clippings, async () => {
    await db.clippings.clear();
    await db.clippings.bulkAdd(backup.clippings.map(withDefaults));
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
 * the colleague only where this database has none; otherwise the row is skipped unchanged.
 */
export async function mergeBackup(db: KlipingDB, backup: Backup): Promise<MergeReport> {
  const report: MergeReport = { added: 0, merged: 0, skipped: 0 };
  await db.transaction('rw', db.clippings, async () => {
    for (const incoming of backup.clippings.map(withDefaults)) {
      const mine = await db.clippings.where('urlKey').equals(incoming.urlKey).first();
      if (!mine) {
        const { id: _theirId, ...row } = incoming;
        await db.clippings.add(row as Clipping);
        report.added += 1;
        continue;
      }
      const changes: Partial<Clipping> = {};
      const theirNote = incoming.note.trim();
      if (theirNote && !mine.note.includes(theirNote)) changes.note = mine.note.trim() ? `${mine.note.trim()}\n\n${theirNote}` : theirNote;
      if (!mine.classification && incoming.classification) Object.assign(changes, { classification: incoming.classification, status: incoming.status, attempts: incoming.attempts, lastError: incoming.lastError });
      if (!mine.toneOverride && incoming.toneOverride) changes.toneOverride = incoming.toneOverride;
      if (mine.deletedAt !== null && incoming.deletedAt === null) changes.deletedAt = null;
      if (Object.keys(changes).length) {
        await db.clippings.update(mine.id, changes);
        report.merged += 1;
      } else report.skipped += 1;
    }
  });
  return report;
}
