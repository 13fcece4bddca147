import { TONES } from '../classify/labels';
import { TOPIC_IDS } from '../classify/taxonomy';
import { chartDays, coverageOf, dayRange, pointOf, type Coverage, type CoveragePoint } from '../report/coverage';
import type { ClippingFilter } from '../report/filter';
import { findClippings, outletDomains, searchIds } from './query';
import type { FACETS, KlipingDB } from './schema';

type Facet = (typeof FACETS)[number];
const OUTLET_TYPES = ['nasional', 'regional', 'pemerintah', 'internasional'];

/**
 * The dashboard's numbers for a filter. When the filter is single values of indexed fields, a date range
 * and a text query, everything is counted from primary keys of [facet+date] index ranges (the search
 * index for the query): no clipping is read, whatever the size of the database. Other filters (several
 * values of a field, tone read from headline or body) read the matching rows.
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
  let allowed: Set<number> | null = f.query.trim() ? await searchIds(db, f.query) : null;
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

  // The chart's days run from the first to the last matching clipping (the last CHART_DAYS of them):
  // ids in date order from the index, their two ends read.
  const ordered: number[] = await db.clippings.where(date).between(from, to, true, false).primaryKeys();
  const [firstId, lastId] = [ordered.find(ok), ordered.findLast(ok)];
  const ends = firstId === undefined ? [] : (await db.clippings.bulkGet([firstId, lastId!])).map((c) => (date === 'clippedAt' ? c!.clippedAt : c!.publishedMs!));
  const days = ends.length ? chartDays(ends[0]!, ends[1]!) : [];
  const toneByDay = Object.fromEntries(
    await Promise.all(TONES.map(async (tone) => [tone, await Promise.all(days.map(async (day) => count(await idsIn('tone', tone, ...clamp(dayRange(day), from, to)))))])),
  ) as Coverage['toneByDay'];

  return {
    days,
    toneByDay,
    topics: await ranked('topic', [...TOPIC_IDS]),
    outlets: await ranked('outletDomain', await outletDomains(db)),
    outletTypes: await ranked('outletType', OUTLET_TYPES),
  };
}

const clamp = ([start, end]: [number, number], from: number, to: number): [number, number] => [Math.max(start, from), Math.min(end, to)];
