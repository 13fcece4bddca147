/** Where a metadata field was found; kept so that a wrong value can be traced to its source. */
export type FieldSource =
  | 'json-ld'
  | 'opengraph'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'visible-text'
  | 'readability'
  | 'document-title'
  | 'url'
  | 'registry';

export type ClippingKind = 'article' | 'quote' | 'bookmark';

export interface ExtractedArticle {
  /** A whole article, a quote (the officer's selection) or a bookmark of a page that is not an article. */
  kind: ClippingKind;
  /** The address the page was read from (the tab's URL). */
  url: string;
  /** The publisher's preferred address when it is trustworthy, else `url`. */
  canonicalUrl: string;
  /** Normalised form of `canonicalUrl`, used to recognise an article that is already clipped. */
  urlKey: string;
  title: string;
  author: string | null;
  /** The editor when the page prints one ("Editor:", "Red:"). */
  editor: string | null;
  /** Editor initials that close the text, e.g. "mvi/ali", kept out of the body. */
  editorInitials: string | null;
  outlet: string | null;
  /** From the outlet registry: nasional, regional, pemerintah, internasional. */
  outletType: 'nasional' | 'regional' | 'pemerintah' | 'internasional' | null;
  outletDomain: string;
  /** ISO 8601 with the outlet's offset, e.g. 2022-12-10T13:19:56+07:00. */
  publishedAt: string | null;
  /** "JAKARTA, KOMPAS.com -": where the story was filed, kept out of the first sentence. */
  dateline: string | null;
  lang: string | null;
  excerpt: string;
  /** Plain text; paragraphs separated by a blank line. */
  text: string;
  wordCount: number;
  imageUrl: string | null;
  /** Pages of a multi-page article that the page hid and extraction revealed (merdeka). */
  hiddenPagesRevealed: number;
  /** Set when the article spans several addresses: whether the other pages were joined. */
  pages: { status: 'stitched' | 'failed'; pages: number; message: string } | null;
  sources: Partial<Record<'title' | 'author' | 'outlet' | 'publishedAt' | 'canonicalUrl' | 'imageUrl', FieldSource>>;
}

export type NotArticleReason = 'not-html' | 'no-content' | 'too-short' | 'index-page';

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: NotArticleReason; message: string };
