/**
 * Walks the visible text of a page the way a reader's eye does: in document order, starting at the
 * headline. Dates and bylines printed near the headline belong to the article; those further down
 * (related stories, sidebars) usually do not.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface TextBlock {
  element: Element;
  /** The element's whole text, whitespace collapsed. */
  text: string;
}

/** The element that shows the headline: a heading whose text is the title, else the first <h1>. */
export function findHeadlineElement(doc: Document, title: string): Element | null {
  const wanted = squash(title).toLowerCase();
  for (const selector of ['h1, h2, h3', '[class*="title" i]']) {
    for (const heading of doc.querySelectorAll(selector)) {
      if (squash(heading.textContent ?? '').toLowerCase() === wanted) return heading;
    }
  }
  return doc.querySelector('h1');
}

/**
 * Short text blocks (elements with their own text, at most `maxChars` long) in document order,
 * starting after `from` (or at the top of the body).
 */
export function* shortTextBlocks(doc: Document, from: Element | null, maxChars = 160): Generator<TextBlock> {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  if (from) {
    walker.currentNode = from;
  }
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    const element = node.parentElement;
    if (!element || seen.has(element) || SKIP.has(element.tagName.toUpperCase())) continue;
    if (from && from.contains(element)) continue;
    seen.add(element);
    const text = squash(element.textContent ?? '');
    if (text.length <= maxChars) yield { element, text };
  }
}

/** Short text blocks just before `from`, nearest first (a dateline printed above the headline). */
export function* shortTextBlocksBefore(doc: Document, from: Element, maxChars = 160): Generator<TextBlock> {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = from;
  const seen = new Set<Element>();
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    if (!node.nodeValue?.trim()) continue;
    const element = node.parentElement;
    if (!element || seen.has(element) || SKIP.has(element.tagName.toUpperCase()) || element.contains(from)) continue;
    seen.add(element);
    const text = squash(element.textContent ?? '');
    if (text.length <= maxChars) yield { element, text };
  }
}
