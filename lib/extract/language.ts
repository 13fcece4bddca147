/** Very common Indonesian function words; news prose is full of them, English prose almost never. */
const INDONESIAN_WORDS = new Set(['yang', 'dan', 'di', 'dengan', 'untuk', 'ini', 'itu', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena', 'oleh', 'adalah', 'tersebut', 'bahwa', 'sudah']);
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'as', 'by', 'this']);

/**
 * The language of the text, trusting the page's declaration only when the words agree
 * (kapanlagi.com declares lang="en" on Indonesian articles).
 */
export function guessLanguage(text: string, declared: string | null): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 400) ?? [];
  if (words.length < 30) return declared;
  const share = (set: Set<string>) => words.filter((w) => set.has(w)).length / words.length;
  const id = share(INDONESIAN_WORDS);
  const en = share(ENGLISH_WORDS);
  if (id > 0.08 && id > 2 * en) return 'id';
  if (en > 0.08 && en > 2 * id) return 'en';
  return declared;
}
