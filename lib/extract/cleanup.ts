/**
 * Removes what Readability leaves inside Indonesian article bodies but is not the story: inline
 * related-link boxes ("Baca juga"), ad and scroll labels, pagination labels, share/rating widgets,
 * copyright lines. Each rule is one entry so that it can be tested and removed on its own.
 */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Blocks that start with one of these labels are navigation, promotion or widgets. */
export const JUNK_LABELS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['baca-juga', /^(baca juga|baca pula|baca|lihat juga|simak juga|simak video|tonton juga|saksikan juga|saksikan video|berita terkait|artikel terkait|related)\b\s*:?/i],
  ['advertisement', /^(advertisement|iklan|ads?|sponsored)$/i],
  ['scroll-label', /^(scroll (to|down) (continue|resume|untuk)|lanjutkan membaca|baca selanjutnya|halaman selanjutnya|selanjutnya\s*>>?)/i],
  ['pagination-label', /^\d+\s+dari\s+\d+\s+halaman$|^halaman\s+(\d+\s*)+$/i],
  ['rating-widget', /^(rate artikel ini|beri rating|bagikan( artikel)?|share( this)?|tags?\s*:|topik\s*:|komentar\b|kirim komentar)/i],
  ['newsletter', /^(jangan sampai ketinggalan|jangan lewatkan|ikuti (kami|berita|update)|dapatkan (berita|update|informasi)|follow us|klik (di ?sini|link))/i],
  ['copyright', /^(copyright|hak cipta|©)/i],
  ['photo-label', /^(perbesar|foto\s*:|dok\.?\s*:|\(foto\s*:)/i],
];

/** Photo captions and credits ("… ©2021 Merdeka.com/Instagram @akun"), by markup or by the © sign. */
const CAPTION_SELECTOR = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="keterangan" i]';
const PHOTO_CREDIT = /©|\bfoto\s*:|\bdok(\.|umentasi)\s/i;
const MAX_CAPTION_WORDS = 30;
/** A long caption still ends with its credit: "… (ANTARA FOTO/Budi Setya)". */
const CAPTION_CREDIT_END = /\((?:[\p{L}.]+\s+)*foto\s*\/[^)]+\)$/iu;
const MAX_LONG_CAPTION_WORDS = 90;

/** Elements that are only a short label or a list of links to other stories. */
const MAX_LABEL_WORDS = 45;

const BLOCKS = 'p, div, li, ul, ol, table, h2, h3, h4, h5, h6, blockquote, section, aside, figure';

function linkTextShare(el: Element): number {
  const all = squash(el.textContent ?? '').length;
  if (!all) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += squash(a.textContent ?? '').length;
  return linked / all;
}

export interface CleanupReport {
  /** Rule name for each removed block, in document order (for tests and debugging). */
  removed: string[];
}

/** Cleans an article element in place. */
export function cleanArticleBody(root: Element): CleanupReport {
  const removed: string[] = [];
  for (const el of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (el !== root && squash(el.textContent ?? '').split(' ').length <= MAX_CAPTION_WORDS) {
      el.remove();
      removed.push('caption');
    }
  }
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (!root.contains(el) || el === root) continue;
    const text = squash(el.textContent ?? '');
    if (!text) continue;
    const words = text.split(' ').length;

    const label = JUNK_LABELS.find(([, pattern]) => pattern.test(text));
    if (label && words <= MAX_LABEL_WORDS) {
      // A heading such as "Jangan Lewatkan!" introduces the link list after it.
      const next = el.nextElementSibling;
      if (/^H\d$/.test(el.tagName) && next && linkTextShare(next) > 0.6) next.remove();
      el.remove();
      removed.push(label[0]);
      continue;
    }
    const credited = PHOTO_CREDIT.test(text) && words <= MAX_CAPTION_WORDS;
    const longCaption = CAPTION_CREDIT_END.test(text) && words <= MAX_LONG_CAPTION_WORDS;
    if ((credited || longCaption) && !el.querySelector('p')) {
      el.remove();
      removed.push('photo-credit');
      continue;
    }
    // A block made of links to other stories (related lists, "insert links") with no prose of its own.
    const isList = /^(UL|OL)$/.test(el.tagName);
    const links = el.querySelectorAll('a').length;
    if (links > 0 && linkTextShare(el) > 0.8 && (isList || links >= 2 || words <= 20) && el.querySelectorAll('p').length <= 1) {
      el.remove();
      removed.push('link-list');
    }
  }
  return { removed };
}

/** "Jakarta -", "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "Mataram, NTB (ANTARA News) -" … */
const DATELINE =
  /^((?:[\p{Lu}][\p{L}\d.]*|\(?[\p{Lu}][\p{L}\d.]*\)?)(?:,?\s+\(?[\p{Lu}][\p{L}\d.]*\)?){0,5})\s*(?:-{1,2}|–|—)(?:\s+|$)/u;
const LIPUTAN6_DATELINE = /^(Liputan6\.com,\s+[\p{Lu}][\p{L}]+)\s+(?=[\p{Lu}])/u;

/** Where to look for the dateline: captions, decks and byline lines can come before it. */
const DATELINE_SEARCH_PARAGRAPHS = 6;
const MAX_LEADING_WORDS = 40;

/**
 * Splits the dateline off the start of the story: it is metadata, not the first sentence. The
 * dateline also marks where the story begins, so the short lines before it (photo captions, deck,
 * "Oleh … pada …" byline, "Diperbarui …") are dropped.
 */
export function splitDateline(text: string): { dateline: string | null; text: string } {
  const paragraphs = text.split('\n\n');
  for (let i = 0; i < Math.min(paragraphs.length, DATELINE_SEARCH_PARAGRAPHS); i++) {
    const paragraph = paragraphs[i]!;
    const match = DATELINE.exec(paragraph) ?? LIPUTAN6_DATELINE.exec(paragraph);
    if (match && match[1]!.length <= 60) {
      const rest = paragraph.slice(match[0].length).trim();
      const story = rest ? [rest, ...paragraphs.slice(i + 1)] : paragraphs.slice(i + 1);
      return { dateline: paragraph.slice(0, match[0].length).trim(), text: story.join('\n\n') };
    }
    if (paragraph.split(' ').length > MAX_LEADING_WORDS) break;
  }
  return { dateline: null, text };
}

/** Editor initials that close Indonesian articles: "(abc/def)", "(ren)", "(kpl/pur/tch)". */
const EDITOR_INITIALS = /\s*\(([a-z]{2,6}(?:\/[a-z]{2,6}){0,3})\)$/i;
/** Promotions after the sign-off are not the story; the sign-off is only looked for this close to the end. */
const SIGNOFF_WINDOW_PARAGRAPHS = 3;

/** Takes the editor's sign-off off the text, and any promotion that follows it. */
export function splitEditorInitials(text: string): { initials: string | null; text: string } {
  const paragraphs = text.split('\n\n');
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - SIGNOFF_WINDOW_PARAGRAPHS); i--) {
    const match = EDITOR_INITIALS.exec(paragraphs[i]!);
    if (!match) continue;
    const kept = paragraphs.slice(0, i + 1);
    kept[i] = paragraphs[i]!.slice(0, match.index).trimEnd();
    return { initials: match[1]!.toLowerCase(), text: kept.filter(Boolean).join('\n\n') };
  }
  return { initials: null, text };
}
