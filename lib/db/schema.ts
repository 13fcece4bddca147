import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { searchTerms } from './search-terms';
import type { Clipping } from './types';

/**
 * Every version of the database, oldest first. This is the only place that declares the schema:
 * add a new entry (never edit an old one) and, when existing rows need new fields, an upgrade.
 * Dexie keeps old versions here so that a browser that skipped releases still upgrades step by step.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}> = [
  {
    // 0.1.0 development builds: clippings keyed by their normalised URL.
    version: 1,
    stores: { clippings: '++id, &urlKey, clippedAt' },
  },
  {
    // Trash instead of hard delete (undo, never lose a clipping); indexes for the list's filters;
    // classification status so that the classifier queue can find pending work.
    version: 2,
    stores: { clippings: '++id, &urlKey, clippedAt, publishedAt, outletDomain, status, deletedAt' },
    upgrade: (tx) =>
      tx
        .table('clippings')
        .toCollection()
        .modify((row: Partial<Clipping>) => {
          row.status ??= 'pending';
          row.deletedAt ??= null;
          row.note ??= '';
        }),
  },
  {
    // On-device classification queue: attempts, back-off and the officer's tone override.
    version: 3,
    stores: { clippings: '++id, &urlKey, clippedAt, publishedAt, outletDomain, status, deletedAt, [status+nextAttemptAt]' },
    upgrade: (tx) =>
      tx
        .table('clippings')
        .toCollection()
        .modify((row: Partial<Clipping>) => {
          row.kind ??= 'article';
          row.classification ??= null;
          row.attempts ??= 0;
          row.nextAttemptAt ??= 0;
          row.lastError ??= null;
          row.toneOverride ??= null;
        }),
  },
  {
    // Full-text search: a multi-entry index of each clipping's words and their roots (search-terms.ts);
    // publishedMs because ISO strings with different UTC offsets do not sort in time order.
    // Both are derived, so the hooks below keep them up to date, never the callers.
    version: 4,
    stores: { clippings: '++id, &urlKey, clippedAt, publishedAt, outletDomain, status, deletedAt, [status+nextAttemptAt], *searchTerms, publishedMs' },
    upgrade: (tx) =>
      tx
        .table('clippings')
        .toCollection()
        .modify((row: Clipping) => Object.assign(row, derivedFields(row))),
  },
];

/** Index-only fields computed from the stored article (never set by hand, left out of backups). */
export function derivedFields(row: Pick<Clipping, 'title' | 'text' | 'publishedAt'>): Pick<Clipping, 'searchTerms' | 'publishedMs'> {
  const published = row.publishedAt ? Date.parse(row.publishedAt) : Number.NaN;
  return { searchTerms: searchTerms(row.title, row.text), publishedMs: Number.isFinite(published) ? published : undefined };
}

export const DB_NAME = 'kliping';

export class KlipingDB extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;

  constructor(name = DB_NAME, upToVersion = Infinity) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > upToVersion) break;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    if (upToVersion < 4) return; // the derived fields arrived with version 4 (tests open older versions)
    this.clippings.hook('creating', (_key, row) => {
      Object.assign(row, derivedFields(row));
    });
    this.clippings.hook('updating', (changes, _key, row) => {
      if (!('title' in changes || 'text' in changes || 'publishedAt' in changes)) return undefined;
      return derivedFields({ ...row, ...(changes as Partial<Clipping>) });
    });
  }
}
