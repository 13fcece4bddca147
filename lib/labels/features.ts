import { rootOf, searchTerms, searchWords } from '../db/search-terms';

/**
 * What the label suggesters compare: the clipping's search terms (words and their roots, already kept
 * for search) plus its headline's roots marked "t:", because the headline names what a story is about.
 */
export function labelTerms(title: string, text: string, storedTerms?: string[]): string[] {
  const terms = new Set(storedTerms ?? searchTerms(title, text));
  for (const word of searchWords(title)) if (word.length > 2) terms.add(`t:${rootOf(word)}`);
  return [...terms];
}

/** Size of the learner's hashed feature space (2^14): few collisions for one office's vocabulary, 64 KB a head. */
export const FEATURE_DIM = 1 << 14;

/** FNV-1a, 32 bit: a stable hash so that stored weights stay valid across sessions. */
function hash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Distinct hashed feature indexes of a term set (binary features; the learner normalises their length). */
export function hashedFeatures(terms: string[]): Uint16Array {
  return Uint16Array.from(new Set(terms.map((t) => hash(t) & (FEATURE_DIM - 1)))).sort();
}
