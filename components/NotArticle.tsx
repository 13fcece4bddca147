import { quoteOf } from '@/lib/extract/quote';
import type { ExtractedArticle } from '@/lib/extract/types';
import { countWords } from '@/lib/extract/text';
import { t } from '@/lib/i18n';
import { Notice } from './Notice';
import { SaveControls, type SaveState } from './SaveControls';

interface Props {
  message: string;
  bookmark: ExtractedArticle;
  selection: string | null;
  saveState: SaveState;
  savedHref: (id: number) => string;
  onSave: (article: ExtractedArticle, note: string) => void;
}

/** A page that is not an article: the reason, and what can still be kept (a quote or a bookmark). */
export function NotArticle({ message, bookmark, selection, saveState, savedHref, onSave }: Props) {
  const toSave = selection ? quoteOf(bookmark, selection) : bookmark;
  return (
    <section>
      <Notice testId="not-article" tone="warn" title={t('notArticleTitle')} message={message} />
      <p className="muted" data-testid="bookmark-title">
        <strong>{bookmark.title}</strong>
        <br />
        {selection ? t('selectionOnly', String(countWords(selection))) : t('bookmarkHint')}
      </p>
      <SaveControls
        saveState={saveState}
        savedHref={savedHref}
        label={selection ? t('save') : t('saveAsBookmark')}
        onSave={(note) => onSave(toSave, note)}
      />
    </section>
  );
}
