import { TONES } from '../classify/labels';
import { TOPIC_IDS } from '../classify/taxonomy';
import { chartDays, coverageOf, localDay, pointOf, type Coverage, type CoveragePoint } from '../report/coverage';
import type { ClippingFilter } from '../report/filter';
import { findClippings, indexedIds, outletDomains } from './query';
import type { FACETS, KlipingDB } from './schema';

type Facet = (typeof FACETS)[number];
const OUTLET_TYPES = ['nasional', 'regional', 'pemerintah', 'internasional'];

/**
 * The dashboard's numbers for a filter. When the filter is single values of indexed fields, a date range
 * and a text query, everything is counted from indexes: primary keys of [facet+date] ranges (and the
 * search index for the query) plus one walk of the date index for the days; no clipping is read. Other
 * filters (several values of a field, tone read from headline or body) read the matching rows.
 */
export async function coverageFor(db: KlipingDB, f: ClippingFilter): Promise<Coverage> {
  const lists: Array<[Facet, string[]]> = [['tone', f.tonePart === 'overall' ? f.tones : []], ['topic', f.topics], ['outletDomain', f.outlets], ['outletType', f.outletTypes], ['status', f.statuses]];
  const indexable = lists.every(([, values]) => values.length <= 1) && (f.tonePart === 'overall' || !f.tones.length);
  if (!indexable) {
    const { rows } = await findClippings(db, f, Infinity);
    return coverageOf(rows.map((c) => pointOf(c, f)).filter((p): p is CoveragePoint => p !== null));
  }
  const date = f.dateField === 'publishedAt' ? 'publishedMs' : 'clippedAt';
  const [from, to] = [f.from ?? -Infinity, f.to ?? Infinity];
  const idsIn = (facet: Facet, value: string, start = from, end = to): Promise<number[]> =>
    db.clippings.where(`[${facet}+${date}]`).between([value, start], [value, end], true, false).primaryKeys();

  // Ids every filter agrees on (null: nothing beyond the date range), less the trash.
  let allowed: Set<number> | null = await indexedIds(db, f);
  for (const [facet, [value]] of lists) {
    if (value === undefined) continue;
    const ids = await idsIn(facet, value);
    allowed = new Set(allowed ? ids.filter((id) => allowed!.has(id)) : ids);
  }
  const trashed = new Set(await db.clippings.where('deletedAt').above(-Infinity).primaryKeys());
  const ok = (id: number) => !trashed.has(id) && (!allowed || allowed.has(id));
  const count = (ids: number[]) => ids.filter(ok).length;
  const ranked = async (facet: Facet, values: string[]) =>
    (await Promise.all(values.map(async (value): Promise<[string, number]> => [value, count(await idsIn(facet, value))])))
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  // Dates come from one walk of the date index (keys and primary keys in the same order); each tone's
  // ids from its own index; a day's bar is then a lookup, not a query.
  const range = db.clippings.where(date).between(from, to, true, false);
  const [dates, ids]: [number[], number[]] = await Promise.all([range.keys() as Promise<number[]>, range.primaryKeys()]);
  const dayOf = new Map<number, string>();
  let first = Infinity;
  let last = -Infinity;
  ids.forEach((id, i) => {
    if (!ok(id)) return;
    dayOf.set(id, localDay(dates[i]!));
    first = Math.min(first, dates[i]!);
    last = Math.max(last, dates[i]!);
  });
  const days = chartDays(first, last);
  const column = new Map(days.map((day, i) => [day, i]));
  const toneByDay = Object.fromEntries(
    await Promise.all(
      TONES.map(async (tone) => {
        const bars = days.map(() => 0);
        for (const id of await idsIn('tone', tone)) {
          const i = column.get(dayOf.get(id) ?? '');
          if (i !== undefined) bars[i]! += 1;
        }
        return [tone, bars];
      }),
    ),
  ) as Coverage['toneByDay'];

  // Programmes and persons are multi-entry indexes: count each value's ids that are in the date range.
  const labelRanking = async (field: 'programmes' | 'persons') =>
    (await Promise.all(
      (await db.clippings.orderBy(field).uniqueKeys()).map(async (key): Promise<[string, number]> => [String(key), (await db.clippings.where(field).equals(key).primaryKeys()).filter((id) => dayOf.has(id)).length]),
    ))
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  return {
    days,
    toneByDay,
    programmes: await labelRanking('programmes'),
    persons: await labelRanking('persons'),
    topics: await ranked('topic', [...TOPIC_IDS]),
    outlets: await ranked('outletDomain', await outletDomains(db)),
    outletTypes: await ranked('outletType', OUTLET_TYPES),
  };
}

