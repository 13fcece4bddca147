import { Stemmer } from 'sastrawijs';

/**
 * Full-text search terms for a clipping, kept in a Dexie multi-entry index (`*searchTerms`) so that a
 * query is an index range scan, not a read of every stored article.
 *
 * Indonesian words carry affixes ("penyaluran", "disalurkan", "menyalurkannya"), so each word is
 * indexed twice: as written and as its root from the Sastrawi stemmer (dictionary-based Nazief–Adriani).
 * A query word matches a term that starts with the query word or with its root, which tolerates the
 * common affixes and still allows prefix search ("bansos" finds "bansosnya", "gubern" finds "gubernur").
 */
const STOPWORDS = new Set(
  ('yang dan di ke dari ini itu dengan untuk pada dalam akan juga tidak ada oleh atau karena sebagai saat bisa ' +
    'telah sudah masih lebih para kata tersebut mereka kami kita ia dia adalah yaitu bahwa agar namun serta jika ' +
    'hingga antara setelah sejak tak pun lagi sangat bagi hal the').split(' '),
);
/** Long articles keep their first terms: the headline and lead name what the story is about. */
const MAX_TERMS = 300;

let stemmer: Stemmer | undefined;
const roots = new Map<string, string>();
export function rootOf(word: string): string {
  let root = roots.get(word);
  if (root === undefined) {
    stemmer ??= new Stemmer();
    root = word.length > 3 && !/\d/.test(word) ? stemmer.stem(word) : word;
    if (roots.size > 50_000) roots.clear(); // a cache, not a second dictionary
    roots.set(word, root);
  }
  return root;
}

/** Lower-case words without diacritics; hyphenated reduplication ("anak-anak") stays one word. */
export function searchWords(text: string): string[] {
  return text.toLocaleLowerCase('id').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
}

export function searchTerms(title: string, text: string): string[] {
  const terms = new Set<string>();
  for (const word of searchWords(`${title} ${text}`)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.add(word);
    terms.add(rootOf(word));
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}

/** For each query word, the prefixes a term may start with (the word itself and its root). */
export function queryPrefixes(query: string): string[][] {
  return searchWords(query)
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => [...new Set([word, rootOf(word)])]);
}
