import type { Clipping } from '@/lib/db/types';
import { formatLocalTime } from '@/lib/format';
import { t, uiLocale } from '@/lib/i18n';
import type { Tone } from '@/lib/classify/labels';
import { ArticleMeta } from './ArticleMeta';
import { classificationStatus } from './classification-status';
import { ToneSummary } from './ToneSummary';
import { KindLabel } from './KindLabel';
import type { ReactNode } from 'react';

interface Props {
  clipping: Clipping;
  backHref: string;
  onDelete: (clipping: Clipping) => void;
  onCorrectTone: (tone: Tone) => void;
  /** Programme labels, tags, topic and suggestions (LabelPanel), wired by the page. */
  labels?: ReactNode;
}

/** The stored text, rendered as plain paragraphs: stored content is never injected as HTML. */
export function ClippingReader({ clipping, backHref, onDelete, onCorrectTone, labels }: Props) {
  return (
    <div className="reader" data-testid="reader">
      <p><a href={backHref}>{t('back')}</a></p>
      <h1 data-testid="reader-title">{clipping.title}</h1>
      <KindLabel kind={clipping.kind} />
      <ArticleMeta {...clipping} />
      <p className="muted">
        {t('clippedAt', formatLocalTime(clipping.clippedAt, uiLocale()))} ·{' '}
        <a href={clipping.canonicalUrl} target="_blank" rel="noopener noreferrer" data-testid="original-link">
          {t('openOriginal')}
        </a>
      </p>
      <ToneSummary
        prediction={clipping.classification}
        override={clipping.toneOverride}
        status={classificationStatus(clipping)}
        onCorrect={onCorrectTone}
      />
      {labels}
      {clipping.note && (
        <div className="notice info"><strong>{t('note')}:</strong> {clipping.note}</div>
      )}
      <article data-testid="reader-text">
        {clipping.text.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </article>
      <button type="button" data-testid="delete" onClick={() => onDelete(clipping)}>{t('delete')}</button>
    </div>
  );
}
