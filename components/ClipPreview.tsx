import { useState } from 'react';
import type { ExtractedArticle } from '@/lib/extract';
import { t } from '@/lib/i18n';
import { ArticleMeta } from './ArticleMeta';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; id: number }
  | { phase: 'error'; message: string };

interface Props {
  article: ExtractedArticle;
  /** Link to the stored clipping of the same article, when there is one. */
  existingHref: string | null;
  saveState: SaveState;
  savedHref: (id: number) => string;
  onSave: (note: string) => void;
}

/** What will be saved, shown before saving: headline, outlet, date, first lines, word count, note. */
export function ClipPreview({ article, existingHref, saveState, savedHref, onSave }: Props) {
  const [note, setNote] = useState('');
  const busy = saveState.phase === 'saving' || saveState.phase === 'saved';
  return (
    <section data-testid="clip-preview">
      <h1 data-testid="preview-title">{article.title}</h1>
      <ArticleMeta {...article} />
      <p className="lead" data-testid="preview-lead">{article.excerpt}</p>
      {existingHref && (
        <div className="notice warn" data-testid="already-clipped">
          {t('alreadyClipped')} <a href={existingHref} target="_blank" rel="noopener">{t('openClipping')}</a>
        </div>
      )}
      {!existingHref && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) onSave(note);
          }}
        >
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
              {saveState.phase === 'saving' ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      )}
      {saveState.phase === 'saved' && (
        <div className="notice ok" data-testid="saved" role="status">
          {t('saved')} <a href={savedHref(saveState.id)} target="_blank" rel="noopener">{t('openClipping')}</a>
        </div>
      )}
      {saveState.phase === 'error' && (
        <div className="notice bad" data-testid="save-error" role="alert">{t('saveFailed', saveState.message)}</div>
      )}
    </section>
  );
}
