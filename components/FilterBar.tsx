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
  /** Programmes, persons and tags the officer can narrow to: [id, display name]. */
  programmes?: Array<[string, string]>;
  persons?: Array<[string, string]>;
  tags?: string[];
  /** The office's taxonomy ([id, name], hidden topics left out); the default names otherwise. */
  topics?: Array<[string, string]>;
}

const OUTLET_TYPES = ['nasional', 'regional', 'pemerintah', 'internasional'] as const;
const STATUSES = ['pending', 'done', 'failed'] as const;
const SEARCH_DELAY_MS = 250;

/** Local midnight of an <input type="date"> value, and back. */
const dayStart = (value: string) => (value ? new Date(`${value}T00:00:00`).getTime() : null);
const dayValue = (ms: number | null) => (ms === null ? '' : new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10));
const DAY_MS = 24 * 60 * 60 * 1000;

/** A filter field as a drop-down: its first entry (the field's name) means any value. */
function AnyOrOne<T extends string>({ label, testId, value, options, onChange }: { label: string; testId: string; value: T[]; options: Array<[T, string]>; onChange: (value: T[]) => void }) {
  return (
    <select aria-label={label} value={value[0] ?? ''} data-testid={testId} onChange={(e) => onChange(e.target.value ? [e.target.value as T] : [])}>
      <option value="">{label}</option>
      {options.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
    </select>
  );
}

/** Search box and filters above the clippings list; a single choice per field keeps it one row high. */
export function FilterBar({ filter, onChange, outlets, programmes = [], persons = [], tags = [], topics }: Props) {
  const [query, setQuery] = useState(filter.query);
  useEffect(() => setQuery(filter.query), [filter.query]);
  useEffect(() => {
    if (query === filter.query) return undefined;
    const timer = setTimeout(() => onChange({ ...filter, query }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter, onChange]);
  const set = (patch: Partial<ClippingFilter>) => onChange({ ...filter, ...patch });
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
      <AnyOrOne label={t('filterOutlet')} testId="filter-outlet" value={filter.outlets} options={outlets.map((o) => [o, o])} onChange={(outlets) => set({ outlets })} />
      <AnyOrOne label={t('filterOutletType')} testId="filter-outlet-type" value={filter.outletTypes} options={OUTLET_TYPES.map((o) => [o, o])} onChange={(outletTypes) => set({ outletTypes })} />
      <AnyOrOne label={t('filterTone')} testId="filter-tone" value={filter.tones} options={TONES.map((tone) => [tone, t(`tone_${tone}`)])} onChange={(tones) => set({ tones })} />
      <select aria-label={t('filterTonePart')} value={filter.tonePart} data-testid="filter-tone-part" onChange={(e) => set({ tonePart: e.target.value as ClippingFilter['tonePart'] })}>
        <option value="overall">{t('tonePartOverall')}</option>
        <option value="headline">{t('tonePartHeadline')}</option>
        <option value="body">{t('tonePartBody')}</option>
      </select>
      <AnyOrOne label={t('filterTopic')} testId="filter-topic" value={filter.topics} options={topics ?? TOPIC_IDS.map((id) => [id, topicName(id, locale)])} onChange={(topics) => set({ topics })} />
      {programmes.length > 0 && <AnyOrOne label={t('filterProgramme')} testId="filter-programme" value={filter.programmes} options={programmes} onChange={(values) => set({ programmes: values })} />}
      {persons.length > 0 && <AnyOrOne label={t('filterPerson')} testId="filter-person" value={filter.persons} options={persons} onChange={(values) => set({ persons: values })} />}
      {tags.length > 0 && <AnyOrOne label={t('filterTag')} testId="filter-tag" value={filter.tags} options={tags.map((tag) => [tag, `#${tag}`])} onChange={(values) => set({ tags: values })} />}
      <AnyOrOne label={t('filterStatus')} testId="filter-status" value={filter.statuses} options={STATUSES.map((s) => [s, t(`status_${s}`)])} onChange={(statuses) => set({ statuses })} />
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
