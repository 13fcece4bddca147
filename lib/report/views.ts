import { dayRange, localDay } from './coverage';
import { EMPTY_FILTER, type ClippingFilter } from './filter';

/**
 * A saved view: a named filter the officer returns to ("Negatif minggu ini", "MBG bulan ini"). A range that
 * runs up to today is kept as "the last N days", so the view moves with the calendar.
 */
export interface SavedView {
  name: string;
  filter: ClippingFilter;
  /** Days back from today (today included) when the range is open-ended; null keeps the stored dates. */
  lastDays: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const startOfDay = (ms: number) => dayRange(localDay(ms))[0];

export function saveView(name: string, filter: ClippingFilter, now = Date.now()): SavedView {
  const lastDays = filter.from !== null && filter.to === null ? Math.max(1, Math.round((startOfDay(now) - startOfDay(filter.from)) / DAY_MS) + 1) : null;
  return { name: name.trim(), filter: lastDays === null ? filter : { ...filter, from: null }, lastDays };
}

export function filterOfView(view: SavedView, now = Date.now()): ClippingFilter {
  if (view.lastDays === null) return view.filter;
  const today = new Date(startOfDay(now));
  return { ...view.filter, from: new Date(today.getFullYear(), today.getMonth(), today.getDate() - (view.lastDays - 1)).getTime(), to: null };
}

/** Views as stored (or from a backup): unknown shapes are dropped, filters get fields added since. */
export function readViews(value: unknown): SavedView[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is SavedView => typeof v?.name === 'string' && v.name.trim() !== '' && typeof v.filter === 'object' && v.filter !== null)
    .map((v) => ({ name: v.name, filter: { ...EMPTY_FILTER, ...v.filter }, lastDays: typeof v.lastDays === 'number' && v.lastDays > 0 ? v.lastDays : null }));
}

/** Adds or replaces (same name) a view; names compare without case. */
export function withView(views: SavedView[], view: SavedView): SavedView[] {
  return [...views.filter((v) => v.name.toLowerCase() !== view.name.toLowerCase()), view].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
