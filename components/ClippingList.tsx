import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Clipping } from '@/lib/db/types';
import { t } from '@/lib/i18n';
import type { Programme } from '@/lib/labels/types';
import { ProgrammeChip } from './LabelPanel';
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
  /** Programmes by id, for the chips on each row. */
  programmes?: ReadonlyMap<string, Programme>;
  /** Ticked rows for bulk tagging. */
  selected?: ReadonlySet<number>;
  onToggle?: (clipping: Clipping) => void;
}

/** An estimate only: rows are measured once drawn (headlines wrap, some rows carry a story line). */
const ROW_PX = 118;

/**
 * Only the rows near the viewport are in the DOM (window-scrolled virtual list), so the page stays
 * smooth with tens of thousands of clippings loaded.
 */
export function ClippingList({ clippings, hrefOf, onDelete, stories, onShowStory, programmes, selected, onToggle }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => setTop(listRef.current?.offsetTop ?? 0));
  const virtualizer = useWindowVirtualizer({ count: clippings.length, estimateSize: () => ROW_PX, overscan: 6, scrollMargin: top, getItemKey: (i) => clippings[i]!.id });
  if (clippings.length === 0) return <p className="muted" data-testid="empty-list">{t('emptyList')}</p>;
  const rows = virtualizer.getVirtualItems();
  return (
    <ul className="clipping-list" data-testid="clipping-list" ref={listRef} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {rows.map((row) => ({ row, clipping: clippings[row.index]! })).map(({ row, clipping }) => (
        <li
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          data-testid="clipping-row"
          data-url-key={clipping.urlKey}
        >
          {onToggle && (
            <input type="checkbox" className="select" aria-label={t('selectClipping', clipping.title)} data-testid="select-clipping" checked={selected?.has(clipping.id) ?? false} onChange={() => onToggle(clipping)} />
          )}
          <div className="body">
            <h2>
              <a href={hrefOf(clipping.id)} data-testid="clipping-title">{clipping.title}</a>
            </h2>
            <KindLabel kind={clipping.kind} />
            <ArticleMeta {...clipping} />
            <ToneSummary prediction={clipping.classification} override={clipping.toneOverride} status={classificationStatus(clipping)} />
            {(clipping.programmes?.length > 0 || clipping.tags?.length > 0) && (
              <p className="row-labels" data-testid="row-labels">
                {clipping.programmes.map((id) => <ProgrammeChip key={id} programme={programmes?.get(id)} />)}
                {clipping.tags.map((tag) => <span key={tag} className="chip tag">#{tag}</span>)}
              </p>
            )}
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
