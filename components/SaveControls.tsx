import { useState } from 'react';
import { t } from '@/lib/i18n';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; id: number }
  | { phase: 'error'; message: string };

interface Props {
  saveState: SaveState;
  savedHref: (id: number) => string;
  label: string;
  onSave: (note: string) => void;
  children?: React.ReactNode;
}

/** Note field, save button and the answer (saved with a link, or why not): shared by every kind of clip. */
export function SaveControls({ saveState, savedHref, label, onSave, children }: Props) {
  const [note, setNote] = useState('');
  const busy = saveState.phase === 'saving' || saveState.phase === 'saved';
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSave(note);
        }}
      >
        {children}
        <label>
          {t('noteLabel')}
          <textarea
            data-testid="note"
            value={note}
            placeholder={t('notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
            disabled={busy}
          />
        </label>
        <div className="actions">
          <button className="primary" type="submit" data-testid="save" disabled={busy} autoFocus>
            {saveState.phase === 'saving' ? t('saving') : label}
          </button>
        </div>
      </form>
      {saveState.phase === 'saved' && (
        <div className="notice ok" data-testid="saved" role="status">
          {t('saved')} <a href={savedHref(saveState.id)} target="_blank" rel="noopener">{t('openClipping')}</a>
        </div>
      )}
      {saveState.phase === 'error' && (
        <div className="notice bad" data-testid="save-error" role="alert">{t('saveFailed', saveState.message)}</div>
      )}
    </>
  );
}
