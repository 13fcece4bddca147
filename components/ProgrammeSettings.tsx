import { useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import type { ProgrammeDraft } from '@/lib/labels/programme-list';
import type { Programme } from '@/lib/labels/types';
import { ProgrammeChip } from './LabelPanel';

interface Props {
  programmes: Programme[];
  /** Each returns a message for the officer, or throws one in Indonesian. */
  onSave: (draft: ProgrammeDraft) => Promise<void>;
  onArchive: (id: string, archived: boolean) => Promise<void>;
  onMerge: (fromId: string, intoId: string) => Promise<string>;
  onImport: (content: string) => Promise<string>;
  onExport: (format: 'json' | 'csv') => void;
}

const EMPTY: ProgrammeDraft = { code: '', name: '', aliases: [], description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false };
export const splitList = (text: string) => text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);

/** The office's programme labels: create, edit, archive, merge, and share the list as JSON or CSV. */
export function ProgrammeSettings({ programmes, onSave, onArchive, onMerge, onImport, onExport }: Props) {
  const [draft, setDraft] = useState<ProgrammeDraft>(EMPTY);
  const [aliases, setAliases] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [merge, setMerge] = useState({ from: '', into: '' });
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ ok: true, text: await work() });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await onSave({ ...draft, aliases: splitList(aliases) });
      setDraft(EMPTY);
      setAliases('');
      return t('programmeSaved', draft.code.trim());
    });
  };
  const edit = (p: Programme) => {
    setDraft(p);
    setAliases(p.aliases.join('; '));
  };
  const field = (key: keyof ProgrammeDraft) => ({ value: String(draft[key] ?? ''), onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }) });

  return (
    <section className="settings-section" data-testid="programme-settings">
      <h2>{t('programmesTitle')}</h2>
      {programmes.length === 0 ? (
        <p className="muted">{t('programmesEmpty')}</p>
      ) : (
        <ul className="label-list">
          {programmes.map((p) => (
            <li key={p.id} data-testid="programme-row" className={p.archived ? 'archived' : ''}>
              <ProgrammeChip programme={p} /> {p.name} {p.aliases.length > 0 && <span className="muted">({p.aliases.join(', ')})</span>}
              {p.archived && <em> · {t('archived')}</em>}{' '}
              <button type="button" className="link" onClick={() => edit(p)}>{t('edit')}</button>{' '}
              <button type="button" className="link" data-testid="archive-programme" onClick={() => void run(async () => (await onArchive(p.id, !p.archived), t(p.archived ? 'programmeRestored' : 'programmeArchived', p.code)))}>
                {t(p.archived ? 'unarchive' : 'archive')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="label-form" onSubmit={submit} data-testid="programme-form">
        <h3>{draft.id ? t('programmeEdit', draft.code) : t('programmeNew')}</h3>
        <label>{t('programmeCode')} <input required size={8} data-testid="programme-code" {...field('code')} /></label>
        <label>{t('programmeName')} <input required size={30} data-testid="programme-name" {...field('name')} /></label>
        <label>{t('programmeAliases')} <input size={40} data-testid="programme-aliases" value={aliases} placeholder="MBG; makan siang gratis" onChange={(e) => setAliases(e.target.value)} /></label>
        <label>{t('programmeAgency')} <input size={24} {...field('agency')} /></label>
        <label>{t('programmeDescription')} <input size={40} {...field('description')} /></label>
        <label>{t('programmeColour')} <input type="color" {...field('colour')} /></label>
        <label>{t('programmeFrom')} <input type="date" {...field('activeFrom')} /></label>
        <label>{t('programmeTo')} <input type="date" {...field('activeTo')} /></label>
        <button type="submit" data-testid="programme-save">{t('saveEntry')}</button>
        {draft.id && <button type="button" className="link" onClick={() => (setDraft(EMPTY), setAliases(''))}>{t('cancel')}</button>}
      </form>
      {programmes.length > 1 && (
        <p className="label-form">
          {t('programmeMerge')}{' '}
          <select aria-label={t('programmeMergeFrom')} data-testid="merge-from" value={merge.from} onChange={(e) => setMerge({ ...merge, from: e.target.value })}>
            <option value="">{t('programmeMergeFrom')}</option>
            {programmes.map((p) => <option key={p.id} value={p.id}>{p.code}</option>)}
          </select>{' '}
          →{' '}
          <select aria-label={t('programmeMergeInto')} data-testid="merge-into" value={merge.into} onChange={(e) => setMerge({ ...merge, into: e.target.value })}>
            <option value="">{t('programmeMergeInto')}</option>
            {programmes.map((p) => <option key={p.id} value={p.id}>{p.code}</option>)}
          </select>{' '}
          <button type="button" data-testid="merge" disabled={!merge.from || !merge.into} onClick={() => void run(() => onMerge(merge.from, merge.into))}>{t('programmeMergeButton')}</button>
        </p>
      )}
      <p>
        <button type="button" onClick={() => onExport('json')}>{t('exportJson')}</button>{' '}
        <button type="button" onClick={() => onExport('csv')}>{t('exportCsvList')}</button>{' '}
        <label>
          {t('importList')}{' '}
          <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="programme-import" onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void run(async () => onImport(await file.text()));
            e.target.value = '';
          }} />
        </label>
      </p>
      {message && <p className={`notice ${message.ok ? 'info' : 'bad'}`} data-testid="programme-message" role="status">{message.text}</p>}
    </section>
  );
}
