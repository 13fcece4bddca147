/**
 * Some outlets ship every page of a long article in one HTML document and hide pages 2..N until the
 * reader clicks "Baca Selanjutnya" (merdeka: div.paging-content[style="display:none"]). Readability
 * skips hidden elements, so the hidden pages are revealed on the clone before it runs.
 */

const PAGE_HINT = /paging|pagination-content|page-content|halaman|multipage|next-page|read-more-content|article-page/i;
const HIDDEN = /display\s*:\s*none/i;

/** Reveals hidden article pages in `doc` (a clone) and returns how many were revealed. */
export function revealHiddenPages(doc: Document): number {
  let revealed = 0;
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    if (!HIDDEN.test(el.getAttribute('style') ?? '')) continue;
    const classes = el.getAttribute('class') ?? '';
    const hinted = PAGE_HINT.test(classes) || el.hasAttribute('data-paging_num') || el.hasAttribute('data-page');
    // A hidden sibling with the same class as a visible body block is the next page of that body.
    const sibling = classes
      ? Array.from(el.parentElement?.children ?? []).some(
          (other) => other !== el && other.getAttribute('class') === classes && !HIDDEN.test(other.getAttribute('style') ?? ''),
        )
      : false;
    const prose = el.querySelectorAll('p').length >= 1 || (el.textContent ?? '').trim().length > 300;
    if ((hinted || sibling) && prose) {
      el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/gi, ''));
      revealed += 1;
    }
  }
  return revealed;
}
