import type { Clipping } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import { ArticleMeta } from './ArticleMeta';
import { KindLabel } from './KindLabel';
import { classificationStatus } from './classification-status';
import { ToneSummary } from './ToneSummary';

interface Props {
  clippings: Clipping[];
  hrefOf: (id: number) => string;
  onDelete: (clipping: Clipping) => void;
  /** Clippings that are copies of one story (lib/report/stories), by id. */
  stories?: ReadonlyMap<number, { ids: number[]; outlets: string[] }>;
  onShowStory?: (clipping: Clipping) => void;
}

export function ClippingList({ clippings, hrefOf, onDelete, stories, onShowStory }: Props) {
  if (clippings.length === 0) return <p className="muted" data-testid="empty-list">{t('emptyList')}</p>;
  return (
    <ul className="clipping-list" data-testid="clipping-list">
      {clippings.map((clipping) => (
        <li key={clipping.id} data-testid="clipping-row" data-url-key={clipping.urlKey}>
          <div className="body">
            <h2>
              <a href={hrefOf(clipping.id)} data-testid="clipping-title">{clipping.title}</a>
            </h2>
            <KindLabel kind={clipping.kind} />
            <ArticleMeta {...clipping} />
            <ToneSummary prediction={clipping.classification} override={clipping.toneOverride} status={classificationStatus(clipping)} />
            {stories?.get(clipping.id) && (
              <button type="button" className="link story" data-testid="story" onClick={() => onShowStory?.(clipping)}>
                {t('storyOutlets', [String(stories.get(clipping.id)!.outlets.length), stories.get(clipping.id)!.outlets.join(', ')])}
              </button>
            )}
            <a href={clipping.canonicalUrl} target="_blank" rel="noopener noreferrer" className="muted">
              {t('openOriginal')}
            </a>
          </div>
          <div>
            <button type="button" data-testid="delete" onClick={() => onDelete(clipping)}>{t('delete')}</button>
          </div>
        </li>
      ))}
    </ul>
  );
}
