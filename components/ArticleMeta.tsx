import { formatPublished } from '@/lib/format';
import { t, uiLocale } from '@/lib/i18n';

interface Props {
  outlet: string | null;
  outletDomain: string;
  author: string | null;
  publishedAt: string | null;
  wordCount: number;
}

/** "Kompas.com · Oleh Nama · Sabtu, 10 Desember 2022 13.19 WIB · 412 kata" */
export function ArticleMeta({ outlet, outletDomain, author, publishedAt, wordCount }: Props) {
  const parts = [
    outlet ?? outletDomain,
    author ? t('byAuthor', author) : null,
    formatPublished(publishedAt, uiLocale()) ?? t('unknownDate'),
    t('wordCount', String(wordCount)),
  ].filter(Boolean);
  return <div className="meta" data-testid="article-meta">{parts.join(' · ')}</div>;
}
