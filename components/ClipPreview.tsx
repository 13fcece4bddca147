import { useState } from 'react';
import { quoteOf } from '@/lib/extract/quote';
import type { ExtractedArticle } from '@/lib/extract/types';
import { countWords } from '@/lib/extract/text';
import { t } from '@/lib/i18n';
import { ArticleMeta } from './ArticleMeta';
import { SaveControls, type SaveState } from './SaveControls';

interface Props {
  article: ExtractedArticle;
  /** Text the officer selected in the page, offered as a quote instead of the whole article. */
  selection: string | null;
  /** Link to the stored clipping of the same article, when there is one. */
  existingHref: string | null;
  saveState: SaveState;
  savedHref: (id: number) => string;
  onSave: (article: ExtractedArticle, note: string) => void;
}

/** What will be saved, shown before saving: headline, outlet, date, first lines, word count, note. */
export function ClipPreview({ article, selection, existingHref, saveState, savedHref, onSave }: Props) {
  const [quoteOnly, setQuoteOnly] = useState(false);
  const toSave = quoteOnly && selection ? quoteOf(article, selection) : article;
  return (
    <section data-testid="clip-preview">
      <h1 data-testid="preview-title">{article.title}</h1>
      <ArticleMeta {...toSave} />
      <p className="lead" data-testid="preview-lead">{toSave.excerpt}</p>
      {article.pages && (
        <div className={`notice ${article.pages.status === 'stitched' ? 'info' : 'warn'}`} data-testid="pages-note">
          {article.pages.message}
        </div>
      )}
      {existingHref && !quoteOnly ? (
        <div className="notice warn" data-testid="already-clipped">
          {t('alreadyClipped')} <a href={existingHref} target="_blank" rel="noopener">{t('openClipping')}</a>
        </div>
      ) : (
        <SaveControls saveState={saveState} savedHref={savedHref} label={t('save')} onSave={(note) => onSave(toSave, note)} />
      )}
      {selection && (
        <label className="muted">
          <input type="checkbox" data-testid="quote-only" checked={quoteOnly} onChange={(e) => setQuoteOnly(e.target.checked)} />{' '}
          {t('selectionOnly', String(countWords(selection)))}
        </label>
      )}
    </section>
  );
}
