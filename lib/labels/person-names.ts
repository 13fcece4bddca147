import type { Person } from './types';

/**
 * Titles written before a name in Indonesian news and official documents (religious, academic,
 * professional). Academic degrees come after a comma ("…, S.Sos., M.H.") and are cut there.
 */
const LEADING_TITLES = new Set(['h', 'hj', 'dr', 'drs', 'dra', 'drg', 'ir', 'prof', 'kh', 'tgh', 'ust', 'ustadz', 'habib', 'kyai', 'ki', 'raden', 'rd', 'kanjeng', 'gusti', 'irjen', 'brigjen', 'mayjen', 'letjen', 'jenderal', 'kombes', 'akbp', 'kolonel']);

/** "Dr. Ir. H. Sahbirin Noor, S.Sos., M.H." → "Sahbirin Noor". */
export function nameWithoutTitles(name: string): string {
  const [beforeDegrees = ''] = name.split(',');
  const words = beforeDegrees.trim().split(/\s+/);
  while (words.length > 1 && LEADING_TITLES.has(words[0]!.toLowerCase().replace(/\./g, ''))) words.shift();
  // "H.Sahbirin" (no space after the title's dot)
  if (words.length) words[0] = words[0]!.replace(/^(?:h|hj|dr|drs|ir|prof)\.(?=\p{L})/iu, '');
  return words.join(' ').trim();
}

/** Every way of naming a person that mention detection looks for: names as written and without titles. */
export function personAliases(person: Pick<Person, 'name' | 'aliases'>): string[] {
  const written = [person.name, ...person.aliases].map((a) => a.trim()).filter(Boolean);
  // With leading titles too ("H. Sahbirin Noor"), so that "Gubernur Kalsel H. Sahbirin Noor" reads as one mention.
  return [...new Set(written.flatMap((a) => [a, a.split(',')[0]!.trim(), nameWithoutTitles(a)]).filter(Boolean))];
}
