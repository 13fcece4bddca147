import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { personIdsOf } from '../labels/detect';
import { searchTerms } from './search-terms';
import type { Person, Programme } from '../labels/types';
import type { TopicEdit } from '../labels/topics';
import type { LearnerRecord } from './suggestions';
import type { Clipping } from './types';
import { cardsMirror, chunksOf, type CardChunk } from './cards';
import { cardOf, type Card } from '../report/filter';

/**
 * Index-only fields computed from the stored clipping (never set by hand, left out of backups). Only
 * searchTerms is still written; the others were written by versions 4–5 and may linger in old rows.
 */
export const DERIVED_FIELDS = ['searchTerms', 'publishedMs', 'tone', 'topic', 'persons'] as const;

/** The filters that version 4 paired with each date in an index (dropped again in version 6). */
const FACETS = ['tone', 'topic', 'outletDomain', 'outletType', 'status'] as const;

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
    // The clippings page at scale. Full-text search: a multi-entry index of each clipping's words and
    // their roots (search-terms.ts). publishedMs, because ISO strings with different UTC offsets do not
    // sort in time order. Each list filter paired with each date, so that one filter plus a date range
    // is an index range (rows in order, count without reading rows). All derived: the hooks below keep
    // them up to date, never the callers.
    version: 4,
    stores: {
      clippings:
        '++id, &urlKey, clippedAt, publishedAt, outletDomain, status, deletedAt, [status+nextAttemptAt], *searchTerms, publishedMs, ' +
        FACETS.flatMap((facet) => [`[${facet}+clippedAt]`, `[${facet}+publishedMs]`]).join(', '),
    },
    upgrade: (tx) =>
      tx
        .table('clippings')
        .toCollection()
        // The facet fields these indexes read are not filled here: version 6 drops the indexes again, and
        // every build that opens this database upgrades it to version 6 in the same step.
        .modify((row: Clipping) => void (row.searchTerms = searchTerms(row.title, row.text))),
  },
  {
    // Programme labels, key persons and the office's taxonomy edits (lib/labels). A clipping carries the
    // programmes and free tags the officer gave it, the persons it names (detected, with counts), a topic
    // correction, and when the officer last labelled it (the officer's learner retrains after changes).
    version: 5,
    stores: {
      clippings:
        '++id, &urlKey, clippedAt, publishedAt, outletDomain, status, deletedAt, [status+nextAttemptAt], *searchTerms, publishedMs, ' +
        FACETS.flatMap((facet) => [`[${facet}+clippedAt]`, `[${facet}+publishedMs]`]).join(', ') +
        ', *programmes, *persons, *tags, labelledAt',
      programmes: 'id, &code',
      persons: 'id',
      topics: 'id',
      learner: 'id',
    },
    upgrade: (tx) =>
      tx
        .table('clippings')
        .toCollection()
        .modify((row: Clipping) => {
          row.programmes ??= [];
          row.tags ??= [];
          row.mentions ??= [];
          row.persons = personIdsOf(row);
          row.topicOverride ??= null;
          row.labelledAt ??= row.toneOverride?.at ?? 0;
        }),
  },
  {
    // The clippings page at 50,000 clippings. Walking version 4's [facet+date] indexes for a filter's count
    // and for each chart took 10–25 s at that size (bench:report), so the list, its counts and its charts
    // now read one small card per clipping (stored 200 to a record), all held in memory by the page
    // (cards.ts keeps them equal to the clippings). The facet indexes, and the fields only they needed, go.
    version: 6,
    stores: {
      clippings: '++id, &urlKey, clippedAt, status, deletedAt, [status+nextAttemptAt], *searchTerms, *programmes, *tags, labelledAt',
      cards: 'chunk',
    },
    upgrade: async (tx) => {
      const cards: Card[] = [];
      await tx.table('clippings').each((row: Clipping) => void cards.push(cardOf(row)));
      await tx.table('cards').bulkPut(chunksOf(cards));
    },
  },
];

export const DB_NAME = 'kliping';

export class KlipingDB extends Dexie {
  clippings!: EntityTable<Clipping, 'id'>;
  programmes!: EntityTable<Programme, 'id'>;
  persons!: EntityTable<Person, 'id'>;
  topics!: EntityTable<TopicEdit, 'id'>;
  learner!: EntityTable<LearnerRecord, 'id'>;
  cards!: EntityTable<CardChunk, 'chunk'>;

  constructor(name = DB_NAME, upToVersion = Infinity) {
    super(name);
    this.use(cardsMirror);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > upToVersion) break;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    if (upToVersion < 4) return; // the search index arrived with version 4 (tests open older versions)
    this.clippings.hook('creating', (_key, row) => {
      row.searchTerms = searchTerms(row.title, row.text);
    });
    this.clippings.hook('updating', (changes, _key, row) => {
      const next = { ...row, ...(changes as Partial<Clipping>) };
      return 'title' in changes || 'text' in changes ? { searchTerms: searchTerms(next.title, next.text) } : undefined;
    });
  }
}
