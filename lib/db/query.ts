import { selectCards, type Card, type ClippingFilter } from '../report/filter';
import { cardsOfChunks } from './cards';
import type { KlipingDB } from './schema';
import { queryPrefixes } from './search-terms';
import type { Clipping } from './types';

/**
 * The clippings page's queries. Filters, order, counts and charts are answered from the cards (one small
 * record per clipping, read in one request and held in memory by the page); the text query from the
 * search index; full rows are read only for what is shown or exported.
 */
export interface ClippingPage {
  /** The first `limit` matches in the filter's order. */
  rows: Clipping[];
  /** How many clippings match in all. */
  total: number;
}

export const readCards = async (db: KlipingDB): Promise<Card[]> => cardsOfChunks(await db.cards.toArray());

const MIN_PREFIX = 3;

/**
 * Ids of clippings whose search terms match every query word (as written or by its root, as a prefix).
 * null when the query has no searchable word.
 */
export async function searchIds(db: KlipingDB, query: string): Promise<Set<number> | null> {
  const words = queryPrefixes(query);
  if (!words.length) return null;
  let result: Set<number> | null = null;
  for (const prefixes of words) {
    const ids = new Set<number>();
    for (const prefix of prefixes) {
      // A word of one or two letters ("ri", "tv") is a word, not a prefix: as a prefix it would read a
      // good part of the index (the terms starting with "a" at 50,000 clippings: 1.1 M keys, 46 s).
      const terms = prefix.length < MIN_PREFIX ? db.clippings.where('searchTerms').equals(prefix) : db.clippings.where('searchTerms').startsWith(prefix);
      for (const id of await terms.primaryKeys()) ids.add(id);
    }
    const previous: Set<number> | null = result;
    result = previous ? new Set([...previous].filter((id: number) => ids.has(id))) : ids;
    if (!result.size) break;
  }
  return result;
}

/** The search hits of the filter's text query; null when it has none. */
export const hitsFor = (db: KlipingDB, f: ClippingFilter): Promise<Set<number> | null> => (f.query.trim() ? searchIds(db, f.query) : Promise.resolve(null));

/** The cards that match a filter, in its order. */
export async function matchingCards(db: KlipingDB, f: ClippingFilter): Promise<Card[]> {
  const [cards, hits] = await Promise.all([readCards(db), hitsFor(db, f)]);
  return selectCards(cards, f, hits);
}

/** The clippings behind cards, in the cards' order (one whose clipping is gone meanwhile is left out). */
export async function rowsOf(db: KlipingDB, cards: readonly Card[]): Promise<Clipping[]> {
  return (await db.clippings.bulkGet(cards.map((c) => c.id))).filter((c): c is Clipping => c !== undefined);
}

export async function findClippings(db: KlipingDB, f: ClippingFilter, limit: number): Promise<ClippingPage> {
  const matching = await matchingCards(db, f);
  return { rows: await rowsOf(db, matching.slice(0, limit)), total: matching.length };
}

/** Every outlet domain among the cards, sorted. */
export const outletDomainsOf = (cards: readonly Card[]): string[] =>
  [...new Set(cards.map((c) => c.outletDomain).filter((domain): domain is string => !!domain))].sort();
