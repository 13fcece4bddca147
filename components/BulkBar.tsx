import { useState } from 'react';
import { TONES, type Tone } from '@/lib/classify/labels';
import { t } from '@/lib/i18n';
import type { Programme } from '@/lib/labels/types';

export type BulkAction =
  | { kind: 'add-programme' | 'remove-programme'; programme: string }
  | { kind: 'add-tag' | 'remove-tag'; tag: string }
  | { kind: 'tone'; tone: Tone };

interface Props {
  count: number;
  programmes: Programme[];
  onAction: (action: BulkAction) => void;
  onSelectAll: () => void;
  onClear: () => void;
}

/** Labels, tags and tone for every ticked clipping at once. */
export function BulkBar({ count, programmes, onAction, onSelectAll, onClear }: Props) {
  const [programme, setProgramme] = useState('');
  const [tag, setTag] = useState('');
  const active = programmes.filter((p) => !p.archived);
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <strong data-testid="bulk-count">{t('bulkSelected', String(count))}</strong>{' '}
      <button type="button" className="link" onClick={onSelectAll}>{t('bulkSelectAll')}</button>{' '}
      <button type="button" className="link" onClick={onClear}>{t('bulkClear')}</button>
      {count > 0 && (
        <span>
          {' · '}
          <select aria-label={t('programmesTitle')} data-testid="bulk-programme" value={programme} onChange={(e) => setProgramme(e.target.value)}>
            <option value="">{t('programmesTitle')}</option>
            {active.map((p) => <option key={p.id} value={p.id}>{p.code} · {p.name}</option>)}
          </select>
          <button type="button" data-testid="bulk-add-programme" disabled={!programme} onClick={() => onAction({ kind: 'add-programme', programme })}>{t('bulkAdd')}</button>
          <button type="button" data-testid="bulk-remove-programme" disabled={!programme} onClick={() => onAction({ kind: 'remove-programme', programme })}>{t('bulkRemove')}</button>
          {' · '}
          <input value={tag} size={10} placeholder={t('addTag')} aria-label={t('addTag')} data-testid="bulk-tag" onChange={(e) => setTag(e.target.value)} />
          <button type="button" data-testid="bulk-add-tag" disabled={!tag.trim()} onClick={() => onAction({ kind: 'add-tag', tag: tag.trim() })}>{t('bulkAdd')}</button>
          <button type="button" data-testid="bulk-remove-tag" disabled={!tag.trim()} onClick={() => onAction({ kind: 'remove-tag', tag: tag.trim() })}>{t('bulkRemove')}</button>
          {' · '}
          <select aria-label={t('bulkTone')} data-testid="bulk-tone" value="" onChange={(e) => e.target.value && onAction({ kind: 'tone', tone: e.target.value as Tone })}>
            <option value="">{t('bulkTone')}</option>
            {TONES.map((tone) => <option key={tone} value={tone}>{t(`tone_${tone}`)}</option>)}
          </select>
        </span>
      )}
    </div>
  );
}
