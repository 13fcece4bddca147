import { compareFor, matchesFilter, type ClippingFilter } from '../report/filter';
import type { KlipingDB } from './schema';
import { queryPrefixes } from './search-terms';
import type { Clipping } from './types';

export interface ClippingPage {
  /** The first `limit` matches in the filter's order. */
  rows: Clipping[];
  /** How many clippings match in all. */
  total: number;
}

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
    for (const prefix of prefixes) for (const id of await db.clippings.where('searchTerms').startsWith(prefix).primaryKeys()) ids.add(id);
    const previous: Set<number> | null = result;
    result = previous ? new Set([...previous].filter((id: number) => ids.has(id))) : ids;
    if (!result.size) break;
  }
  return result;
}

/** The date index walked in the filter's order, bounded by its date range. */
function byDate(db: KlipingDB, f: ClippingFilter) {
  const index = f.dateField === 'publishedAt' ? 'publishedMs' : 'clippedAt';
  const collection =
    f.from !== null || f.to !== null ? db.clippings.where(index).between(f.from ?? -Infinity, f.to ?? Infinity, true, false) : db.clippings.orderBy(index);
  return f.order === 'newest' ? collection.reverse() : collection;
}

/**
 * The clippings page's query. A text query is answered from the search index and the other filters are
 * applied to its hits; without one, the date index is walked in order and stops after `limit` matches,
 * while the total is counted over the range.
 */
export async function findClippings(db: KlipingDB, f: ClippingFilter, limit: number): Promise<ClippingPage> {
  const ids = f.query.trim() ? await searchIds(db, f.query) : null;
  if (ids) {
    const hits = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => c !== undefined && matchesFilter(c, f));
    return { rows: hits.sort(compareFor(f)).slice(0, limit), total: hits.length };
  }
  const matching = byDate(db, f).filter((c) => matchesFilter(c, f));
  const [rows, total] = await Promise.all([matching.clone().limit(limit).toArray(), matching.clone().count()]);
  return { rows, total };
}

/** Every outlet domain in the database, from the index (no rows read). */
export async function outletDomains(db: KlipingDB): Promise<string[]> {
  return (await db.clippings.orderBy('outletDomain').uniqueKeys()).map(String);
}
