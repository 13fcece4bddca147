const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG', 'BUTTON', 'SELECT']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Turns an article element into plain text: one paragraph per block element, paragraphs separated
 * by a blank line. A double <br> also ends a paragraph, because older templates (detik 2015) use it
 * instead of <p>.
 */
export function elementToText(root: Element): string {
  const paragraphs: string[] = [];
  let current = '';
  let pendingBreaks = 0;

  const flush = () => {
    const text = current.replace(/[ \t\f\v\u00a0\u200b]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) paragraphs.push(text);
    current = '';
    pendingBreaks = 0;
  };

  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (value.trim()) {
        if (pendingBreaks === 1) current += '\n';
        pendingBreaks = 0;
      }
      current += value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      pendingBreaks += 1;
      if (pendingBreaks >= 2) flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };

  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Words as a reader counts them: whitespace-separated tokens with a letter or digit ("(20/11/2025)" is one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** The first sentences of a text, cut at a word boundary, for previews. */
export function leadOf(text: string, maxChars = 280): string {
  const firstParagraphs = text.split(/\n\n/).join(' ');
  if (firstParagraphs.length <= maxChars) return firstParagraphs;
  const cut = firstParagraphs.slice(0, maxChars);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars * 0.6)).trim()}…`;
}
