import { countWords, leadOf } from './text';
import type { ExtractedArticle } from './types';

/** The officer's selection as a quote of the article (or page): the page's metadata, the selected text. */
export function quoteOf(source: ExtractedArticle, selection: string): ExtractedArticle {
  const text = selection
    .split(/\n\s*\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  // A quote is its own clipping: the same article can be clipped whole and quoted several times.
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return {
    ...source,
    kind: 'quote',
    urlKey: `${source.urlKey}#kutipan-${hash.toString(36)}`,
    text,
    excerpt: leadOf(text),
    wordCount: countWords(text),
    pages: null,
  };
}
