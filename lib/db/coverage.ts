import { coverageOf, pointOf, type Coverage, type CoveragePoint } from '../report/coverage';
import type { ClippingFilter } from '../report/filter';
import { findClippings } from './query';
import type { FACETS, KlipingDB } from './schema';

/**
 * The dashboard's numbers for a filter. With a date range (or nothing) alone they come from the
 * [facet+date] index keys, so 50,000 clippings are counted without reading one; any other filter
 * (or a tone read from headline or body) needs the matching rows.
 */
export async function coverageFor(db: KlipingDB, f: ClippingFilter): Promise<Coverage> {
  const onlyDates = !f.query.trim() && f.tonePart === 'overall' && ![f.tones, f.topics, f.outlets, f.outletTypes, f.statuses].some((v) => v.length);
  if (!onlyDates) {
    const { rows } = await findClippings(db, f, Infinity);
    return coverageOf(rows.map((c) => pointOf(c, f)).filter((p): p is CoveragePoint => p !== null));
  }
  const date = f.dateField === 'publishedAt' ? 'publishedMs' : 'clippedAt';
  const [from, to] = [f.from ?? -Infinity, f.to ?? Infinity];
  const trashed = new Set(await db.clippings.where('deletedAt').above(-Infinity).primaryKeys());
  const points: CoveragePoint[] = [];
  const read = (facet: (typeof FACETS)[number], as: keyof CoveragePoint) =>
    db.clippings.orderBy(`[${facet}+${date}]`).eachKey((key, cursor) => {
      const [value, at] = key as [string, number];
      if (at >= from && at < to && !trashed.has(cursor.primaryKey as number)) points.push({ at, [as]: value });
    });
  await Promise.all([read('tone', 'tone'), read('topic', 'topic'), read('outletDomain', 'outlet'), read('outletType', 'outletType')]);
  return coverageOf(points);
}
