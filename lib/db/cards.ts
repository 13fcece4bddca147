import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { cardOf, type Card } from '../report/filter';
import type { Clipping } from './types';

/**
 * The cards (lib/report/filter.ts: what filters, order and charts read of a clipping), stored as JSON,
 * CARDS_PER_CHUNK clippings (by id) to a record. In Chromium one IndexedDB record costs tens of µs to
 * read at 50,000 clippings (bench:report: 3.4 s for the keys of one index), so all cards are read as
 * 250 records, not 50,000. Not more to a record: Chromium stores a value over 64 KB as a separate blob,
 * and 51 records of 280 KB took 9.4 s to read.
 */
export interface CardChunk {
  chunk: number;
  /** JSON of Card[], ordered by id. */
  cards: string;
}
export const CARDS_PER_CHUNK = 200;
const chunkOf = (id: number) => Math.floor(id / CARDS_PER_CHUNK);

export const cardsOfChunks = (chunks: readonly CardChunk[]): Card[] => chunks.flatMap((c) => JSON.parse(c.cards) as Card[]);

/** Chunks for cards (any order); used to fill the table at once (schema version 6). */
export function chunksOf(cards: readonly Card[]): CardChunk[] {
  return [...byChunk(cards)].map(([chunk, list]) => ({ chunk, cards: JSON.stringify(list.sort((a, b) => a.id - b.id)) }));
}

function byChunk(cards: readonly Card[]): Map<number, Card[]> {
  const grouped = new Map<number, Card[]>();
  for (const card of cards) {
    const list = grouped.get(chunkOf(card.id));
    if (list) list.push(card);
    else grouped.set(chunkOf(card.id), [card]);
  }
  return grouped;
}

const inRange = (id: number, r: DBCoreKeyRange) =>
  (r.lower === undefined || (r.lowerOpen ? id > r.lower : id >= r.lower)) && (r.upper === undefined || (r.upperOpen ? id < r.upper : id <= r.upper));

/**
 * Rewrites the chunks `chunkNumbers` and those of `put`: sets the given cards and drops the ids `drop` names.
 * A chunk that comes out the same is not written, so that a write that changes no card (a note, a retry
 * time) does not wake the pages' live queries on cards, which re-read all of them.
 */
async function rewriteChunks(table: DBCoreTable, trans: DBCoreTransaction, put: Card[], drop: (id: number) => boolean, chunkNumbers: number[]) {
  const putByChunk = byChunk(put);
  const numbers = [...new Set([...chunkNumbers, ...putByChunk.keys()])];
  if (!numbers.length) return;
  const stored = (await table.getMany({ trans, keys: numbers })) as Array<CardChunk | undefined>;
  const writes: CardChunk[] = [];
  const emptied: number[] = [];
  numbers.forEach((chunk, i) => {
    const byId = new Map((stored[i] ? (JSON.parse(stored[i].cards) as Card[]) : []).map((card) => [card.id, card]));
    for (const id of byId.keys()) if (drop(id)) byId.delete(id);
    for (const card of putByChunk.get(chunk) ?? []) byId.set(card.id, card);
    const cards = JSON.stringify([...byId.values()].sort((a, b) => a.id - b.id));
    if (byId.size && cards !== stored[i]?.cards) writes.push({ chunk, cards });
    else if (!byId.size && stored[i]) emptied.push(chunk);
  });
  if (writes.length) await table.mutate({ type: 'put', trans, values: writes });
  if (emptied.length) await table.mutate({ type: 'delete', trans, keys: emptied });
}

/**
 * Keeps the cards equal to the clippings, whoever writes them: every write to `clippings` rewrites the
 * chunks of the same ids in the same transaction.
 *
 * Why a DBCore middleware and not table hooks: a hook may only write to tables of its transaction's scope,
 * and most writes to clippings run in transactions scoped to clippings alone. Here each read-write
 * transaction that includes clippings also includes cards (the way dexie-observable adds its changes
 * table). Level 1 puts it below Dexie's hooks (level 2), so a card is made from the row as stored, and above
 * the live-query tracking (level 0), so that live queries on cards wake. Chunk rewrites of one transaction
 * run one after another: two writes in parallel would otherwise both read a chunk and the last would win.
 */
export const cardsMirror: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'KlipingCards',
  level: 1,
  create(down) {
    // Tests open databases at versions before 6, which have no cards to keep.
    const hasCards = down.schema.tables.some((table) => table.name === 'cards');
    const pending = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = hasCards && mode === 'readwrite' && stores.includes('clippings') && !stores.includes('cards') ? [...stores, 'cards'] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'clippings') return table;
        return {
          ...table,
          async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const response = await table.mutate(request);
            const { trans } = request;
            // An upgrade from a version before cards existed writes clippings first; version 6 fills cards.
            if (!(trans as unknown as IDBTransaction).objectStoreNames.contains('cards')) return response;
            const cards = down.table('cards');
            const rewrite = (): Promise<void> => {
              if (request.type === 'add' || request.type === 'put') {
                const written = request.values.flatMap((row: Clipping, i) => (response.failures[i] === undefined ? [cardOf({ ...row, id: response.results?.[i] ?? row.id })] : []));
                return rewriteChunks(cards, trans, written, () => false, []);
              }
              if (request.type === 'delete') {
                const ids = new Set(request.keys as number[]);
                return rewriteChunks(cards, trans, [], (id) => ids.has(id), [...ids].map(chunkOf));
              }
              const { range } = request;
              if (range.type === 3 /* any: clear() */) return cards.mutate({ type: 'deleteRange', trans, range }).then(() => undefined);
              // A range of ids (rare: clear() is the common deleteRange): look through every chunk.
              return cards
                .query({ trans, values: false, query: { index: cards.schema.primaryKey, range: { type: 3 } as DBCoreKeyRange } })
                .then(({ result }) => rewriteChunks(cards, trans, [], (id) => inRange(id, range), result as number[]));
            };
            const done = (pending.get(trans) ?? Promise.resolve()).then(rewrite);
            pending.set(trans, done.catch(() => undefined));
            await done;
            return response;
          },
        };
      },
    };
  },
};
