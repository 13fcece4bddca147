import type { ClippingKind } from '@/lib/extract';
import { t } from '@/lib/i18n';

/** Marks quotes and bookmarks, so they are not mistaken for whole articles in lists and reports. */
export function KindLabel({ kind }: { kind: ClippingKind | undefined }) {
  if (kind !== 'quote' && kind !== 'bookmark') return null;
  return (
    <span className={`kind-label ${kind}`} data-testid="kind-label">
      {t(kind === 'quote' ? 'kindQuote' : 'kindBookmark')}
    </span>
  );
}
