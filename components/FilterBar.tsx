import { useEffect, useState } from 'react';
import { TONES } from '@/lib/classify/labels';
import { TOPIC_IDS, topicName } from '@/lib/classify/taxonomy';
import { t, uiLocale } from '@/lib/i18n';
import { EMPTY_FILTER, isEmptyFilter, type ClippingFilter } from '@/lib/report/filter';

interface Props {
  filter: ClippingFilter;
  onChange: (filter: ClippingFilter) => void;
  /** Outlet domains present in the database, for the outlet choice. */
  outlets: string[];
}

const OUTLET_TYPES = ['nasional', 'regional', 'pemerintah', 'internasional'] as const;
const STATUSES = ['pending', 'done', 'failed'] as const;
const SEARCH_DELAY_MS = 250;

/** Local midnight of an <input type="date"> value, and back. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : null);
const dayValue = (ms: number | null) => (ms === null ? '' : new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10));
const DAY_MS = 24 * 60 * 60 * 1000;

/** Search box and filters above the clippings list; a single choice per field keeps it one row high. */
export function FilterBar({ filter, onChange, outlets }: Props) {
  const [query, setQuery] = useState(filter.query);
  useEffect(() => setQuery(filter.query), [filter.query]);
  useEffect(() => {
    if (query === filter.query) return undefined;
    const timer = setTimeout(() => onChange({ ...filter, query }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);
  const set = (patch: Partial<ClippingFilter>) => onChange({ ...filter, ...patch });
  const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);
  const locale = uiLocale();

  return (
    <form className="filter-bar" data-testid="filter-bar" role="search" onSubmit={(e) => e.preventDefault()}>
      <input type="search" value={query} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} data-testid="search" onChange={(e) => setQuery(e.target.value)} />
      <label>
        {t('filterDateField')}{' '}
        <select value={filter.dateField} data-testid="filter-date-field" onChange={(e) => set({ dateField: e.target.value as ClippingFilter['dateField'] })}>
          <option value="clippedAt">{t('dateClipped')}</option>
          <option value="publishedAt">{t('datePublished')}</option>
        </select>
      </label>
      <input type="date" aria-label={t('filterFrom')} value={dayValue(filter.from)} data-testid="filter-from" onChange={(e) => set({ from: dayStart(e.target.value) })} />
      <input type="date" aria-label={t('filterTo')} value={dayValue(filter.to === null ? null : filter.to - DAY_MS)} data-testid="filter-to" onChange={(e) => set({ to: e.target.value ? dayStart(e.target.value)! + DAY_MS : null })} />
      <select aria-label={t('filterOutlet')} value={filter.outlets[0] ?? ''} data-testid="filter-outlet" onChange={(e) => set({ outlets: one(e.target.value) })}>
        <option value="">{t('filterOutlet')}</option>
        {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
      <select aria-label={t('filterOutletType')} value={filter.outletTypes[0] ?? ''} data-testid="filter-outlet-type" onChange={(e) => set({ outletTypes: one(e.target.value) })}>
        <option value="">{t('filterOutletType')}</option>
        {OUTLET_TYPES.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
      <select aria-label={t('filterTone')} value={filter.tones[0] ?? ''} data-testid="filter-tone" onChange={(e) => set({ tones: one(e.target.value) })}>
        <option value="">{t('filterTone')}</option>
        {TONES.map((tone) => <option key={tone} value={tone}>{t(`tone_${tone}`)}</option>)}
      </select>
      <select aria-label={t('filterTonePart')} value={filter.tonePart} data-testid="filter-tone-part" onChange={(e) => set({ tonePart: e.target.value as ClippingFilter['tonePart'] })}>
        <option value="overall">{t('tonePartOverall')}</option>
        <option value="headline">{t('tonePartHeadline')}</option>
        <option value="body">{t('tonePartBody')}</option>
      </select>
      <select aria-label={t('filterTopic')} value={filter.topics[0] ?? ''} data-testid="filter-topic" onChange={(e) => set({ topics: one(e.target.value) })}>
        <option value="">{t('filterTopic')}</option>
        {TOPIC_IDS.map((id) => <option key={id} value={id}>{topicName(id, locale)}</option>)}
      </select>
      <select aria-label={t('filterStatus')} value={filter.statuses[0] ?? ''} data-testid="filter-status" onChange={(e) => set({ statuses: one(e.target.value) })}>
        <option value="">{t('filterStatus')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
      </select>
      <select aria-label={t('filterOrder')} value={filter.order} data-testid="filter-order" onChange={(e) => set({ order: e.target.value as ClippingFilter['order'] })}>
        <option value="newest">{t('orderNewest')}</option>
        <option value="oldest">{t('orderOldest')}</option>
      </select>
      {!isEmptyFilter(filter) && (
        <button type="button" className="link" data-testid="filter-reset" onClick={() => onChange({ ...EMPTY_FILTER, order: filter.order })}>{t('filterReset')}</button>
      )}
    </form>
  );
}
