/**
 * Finding names and programme aliases in Indonesian text.
 *
 * Matching is on whole words after folding case and diacritics, so "MBG" never matches inside "SMBG"
 * and "Birin" not inside "Birina". Indonesian glues a few particles to a name ("MBGnya", "Birinlah"), so a
 * text word also matches when it is the alias word plus one of those suffixes. Prefixes are written with a
 * hyphen before a name or acronym ("ke-MBG", "se-Kalsel") and fall apart into words by themselves; they are
 * not stripped from glued words, where they would make short names match ordinary words ("sani" → "ani").
 */

const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'tah', 'ku', 'mu'];

/** Lower case, no diacritics, letters and digits only; "S.Sos." and "S.Sos" fold alike. */
export function foldWords(text: string): string[] {
  return (
    text
      .toLocaleLowerCase('id')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’`]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The forms a text word may stand for: itself and itself less one particle. */
function wordForms(word: string): string[] {
  const forms = [word];
  for (const suffix of SUFFIXES) if (word.length > suffix.length + 1 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length));
  return forms;
}

/**
 * A compiled set of aliases, each owned by a key (a programme or person id). Built once per list and
 * reused for every clipping: matching is a walk over the text's words with a map lookup per word.
 */
export class AliasMatcher {
  /** First word of an alias → the aliases that start with it. */
  private readonly byFirstWord = new Map<string, Array<{ key: string; alias: string; words: string[] }>>();

  constructor(entries: Iterable<{ key: string; aliases: string[] }>) {
    for (const { key, aliases } of entries) {
      for (const alias of aliases) {
        const words = foldWords(alias);
        if (!words.length) continue;
        const list = this.byFirstWord.get(words[0]!) ?? [];
        if (!list.some((a) => a.key === key && a.words.join(' ') === words.join(' '))) list.push({ key, alias, words });
        this.byFirstWord.set(words[0]!, list);
      }
    }
  }

  get empty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /**
   * Every match in the text, longest alias first at each position, without overlaps; aliases of one key
   * side by side count once.
   * Returns per key the number of matches and the alias as the officer wrote it (for the reason shown).
   */
  find(text: string): Map<string, { count: number; alias: string }> {
    const found = new Map<string, { count: number; alias: string }>();
    if (this.empty) return found;
    const words = foldWords(text);
    const endOf = new Map<string, number>();
    for (let i = 0; i < words.length; i++) {
      let best: { key: string; alias: string; words: string[] } | null = null;
      for (const form of wordForms(words[i]!)) {
        for (const candidate of this.byFirstWord.get(form) ?? []) {
          if (best && best.words.length >= candidate.words.length) continue;
          // A particle ends a phrase: only the alias's last word may carry one.
          const fits = candidate.words.every((w, j) => {
            const word = words[i + j];
            if (word === undefined) return false;
            return j === candidate.words.length - 1 ? wordForms(word).includes(w) : word === w;
          });
          if (fits) best = candidate;
        }
      }
      if (!best) continue;
      const seen = found.get(best.key);
      // "Gubernur Kalsel H. Sahbirin Noor": two aliases side by side name the person once.
      const adjacent = endOf.get(best.key) === i;
      found.set(best.key, { count: (seen?.count ?? 0) + (adjacent ? 0 : 1), alias: seen?.alias ?? best.alias });
      i += best.words.length - 1;
      endOf.set(best.key, i + 1);
    }
    return found;
  }
}
