import { useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Person } from '@/lib/labels/types';
import { splitList } from './ProgrammeSettings';

interface Props {
  persons: Person[];
  onSave: (person: Omit<Person, 'id'> & { id?: string }) => Promise<void>;
  onArchive: (id: string, archived: boolean) => Promise<void>;
}

type Draft = Omit<Person, 'id'> & { id?: string };
const EMPTY: Draft = { name: '', position: '', aliases: [], archived: false };

/** Key persons whose mentions Kliping counts (personal branding). */
export function PersonSettings({ persons, onSave, onArchive }: Props) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [aliases, setAliases] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await onSave({ ...draft, aliases: splitList(aliases) });
      setDraft(EMPTY);
      setAliases('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <section className="settings-section" data-testid="person-settings">
      <h2>{t('personsTitle')}</h2>
      <p className="muted">{t('personsHelp')}</p>
      <ul className="label-list">
        {persons.map((p) => (
          <li key={p.id} data-testid="person-row" className={p.archived ? 'archived' : ''}>
            <strong>{p.name}</strong> {p.position && `· ${p.position}`} {p.aliases.length > 0 && <span className="muted">({p.aliases.join(', ')})</span>}
            {p.archived && <em> · {t('archived')}</em>}{' '}
            <button type="button" className="link" onClick={() => (setDraft(p), setAliases(p.aliases.join('; ')))}>{t('edit')}</button>{' '}
            <button type="button" className="link" onClick={() => void onArchive(p.id, !p.archived)}>{t(p.archived ? 'unarchive' : 'archive')}</button>
          </li>
        ))}
      </ul>
      <form className="label-form" onSubmit={(e) => void submit(e)} data-testid="person-form">
        <label>{t('personName')} <input required size={30} data-testid="person-name" value={draft.name} placeholder="H. Sahbirin Noor, S.Sos., M.H." onChange={(e) => setDraft({ ...draft, name: e.target.value })} /></label>
        <label>{t('personPosition')} <input size={20} data-testid="person-position" value={draft.position} onChange={(e) => setDraft({ ...draft, position: e.target.value })} /></label>
        <label>{t('personAliases')} <input size={36} data-testid="person-aliases" value={aliases} placeholder="Paman Birin; Gubernur Kalsel" onChange={(e) => setAliases(e.target.value)} /></label>
        <button type="submit" data-testid="person-save">{t('saveEntry')}</button>
      </form>
      {error && <p className="notice bad" role="alert">{error}</p>}
    </section>
  );
}
