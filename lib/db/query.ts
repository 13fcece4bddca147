import { compareFor, LABEL_FIELDS, matchesFilter, type ClippingFilter } from '../report/filter';
import type { FACETS, KlipingDB } from './schema';
import { queryPrefixes } from './search-terms';
import type { Clipping } from './types';

export interface ClippingPage {
  /** The first `limit` matches in the filter's order. */
  rows: Clipping[];
  /** How many clippings match in all. */
  total: number;
}

/** Up to this many search hits are read at once; beyond, the date index is walked (see findClippings). */
const READ_ALL_HITS = 2000;

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

/**
 * Ids the text query and the label filters (multi-entry indexes, which cannot pair with a date) agree on;
 * null when the filter has neither.
 */
export async function indexedIds(db: KlipingDB, f: ClippingFilter): Promise<Set<number> | null> {
  let result = f.query.trim() ? await searchIds(db, f.query) : null;
  for (const field of LABEL_FIELDS) {
    if (!f[field].length) continue;
    const ids = new Set(await db.clippings.where(field).anyOf(f[field]).primaryKeys());
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
  }
  return result;
}

/** A filter field with a value, and the derived field whose [field+date] index answers it (schema v4). */
function facetOf(f: ClippingFilter): { facet: (typeof FACETS)[number]; value: string } | null {
  const single = (values: string[]) => (values.length === 1 ? values[0]! : null);
  const candidates: Array<[(typeof FACETS)[number], string | null]> = [
    ['tone', f.tonePart === 'overall' ? single(f.tones) : null],
    ['topic', single(f.topics)],
    ['outletDomain', single(f.outlets)],
    ['outletType', single(f.outletTypes)],
    ['status', single(f.statuses)],
  ];
  const found = candidates.find(([, value]) => value !== null);
  return found ? { facet: found[0], value: found[1]! } : null;
}

/**
 * The narrowest index range for the filter, walked in its order: one filter value with the date range
 * ([facet+date] index), or the date range alone. `exact` says whether the range holds only matches
 * (apart from trashed clippings), so that it can be counted without reading rows.
 */
function indexRange(db: KlipingDB, f: ClippingFilter) {
  const date = f.dateField === 'publishedAt' ? 'publishedMs' : 'clippedAt';
  const [from, to] = [f.from ?? -Infinity, f.to ?? Infinity];
  const facet = facetOf(f);
  const active = [f.tones, f.topics, f.outlets, f.outletTypes, f.statuses].filter((values) => values.length > 0).length;
  const range = facet
    ? db.clippings.where(`[${facet.facet}+${date}]`).between([facet.value, from], [facet.value, to], true, false)
    : f.from !== null || f.to !== null
      ? db.clippings.where(date).between(from, to, true, false)
      : db.clippings.orderBy(date);
  return { range: () => (f.order === 'newest' ? range.clone().reverse() : range.clone()), exact: active <= (facet ? 1 : 0) };
}

/**
 * The clippings page's query. A text query is answered from the search index and the other filters are
 * applied to its hits. Otherwise the narrowest index range is walked in order and stops after `limit`
 * matches; the total comes from the index when the range is exact, else from reading the range.
 */
export async function findClippings(db: KlipingDB, f: ClippingFilter, limit: number, readAllHits = READ_ALL_HITS): Promise<ClippingPage> {
  const ids = await indexedIds(db, f);
  if (ids && ids.size <= readAllHits) {
    const hits = (await db.clippings.bulkGet([...ids])).filter((c): c is Clipping => c !== undefined && matchesFilter(c, f));
    return { rows: hits.sort(compareFor(f)).slice(0, limit), total: hits.length };
  }
  const { range, exact } = indexRange(db, f);
  if (ids) {
    // A common word or label: walk the filter's index range in order and keep the hits, which stops after `limit`
    // of them; count from the hit set alone when nothing else narrows it.
    const matching = () => range().filter((c) => ids.has(c.id) && matchesFilter(c, f));
    const onlyQuery = exact && !facetOf(f) && f.from === null && f.to === null && f.dateField === 'clippedAt';
    const [rows, total] = await Promise.all([
      matching().limit(limit).toArray(),
      onlyQuery ? db.clippings.where('deletedAt').above(-Infinity).primaryKeys().then((trashed) => ids.size - trashed.filter((id) => ids.has(id)).length) : matching().count(),
    ]);
    return { rows, total };
  }
  const matching = () => range().filter((c) => matchesFilter(c, f));
  if (!exact) {
    const [rows, total] = await Promise.all([matching().limit(limit).toArray(), matching().count()]);
    return { rows, total };
  }
  const [rows, inRange, trashed] = await Promise.all([
    matching().limit(limit).toArray(),
    range().count(),
    db.clippings.where('deletedAt').above(-Infinity).filter((c) => matchesFilter({ ...c, deletedAt: null }, f)).count(),
  ]);
  return { rows, total: inRange - trashed };
}

/** Every outlet domain in the database, from the index (no rows read). */
export async function outletDomains(db: KlipingDB): Promise<string[]> {
  return (await db.clippings.orderBy('outletDomain').uniqueKeys()).map(String);
}
