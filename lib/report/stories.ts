import { fnv1a } from '../classify/ngram';

/**
 * Syndication: the same press release or wire story republished by several outlets becomes one "story".
 *
 * Similarity is the Jaccard index of 4-word shingles of the headline and body, estimated with MinHash
 * (SIGNATURE_SIZE hash functions) and found with locality-sensitive hashing (BANDS bands of ROWS rows): two
 * texts land in a common bucket with probability 1 − (1 − J^ROWS)^BANDS, above 99.9 % from J = 0.45
 * (20 bands of 4 rows missed 8 % of pairs at J = 0.6), and every candidate pair is then confirmed by its
 * estimated J ≥ minJaccard.
 * Edited copies of a release (new lead, trimmed end) keep most shingles; two outlets' own reports of
 * the same event rarely share more than a few.
 */
export const SHINGLE_WORDS = 4;
const BANDS = 40;
const ROWS = 2;
export const SIGNATURE_SIZE = BANDS * ROWS;
/** Fewer shingles than this (a quote, a stub) says too little to call two clippings the same story. */
const MIN_SHINGLES = 8;
const SMALL_BUCKET = 24;

export interface StoryText {
  id: number;
  title: string;
  text: string;
}

/** Copies of a release share their opening; reading only the first words keeps signatures cheap. */
const WORDS_READ = 200;

export function shingleWords(title: string, text: string): string[] {
  return (`${title} ${text.slice(0, WORDS_READ * 12)}`.toLocaleLowerCase('id').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? []).slice(0, WORDS_READ);
}

/** Hashes of the 4-word shingles, combined from word hashes (no shingle strings are built). */
export function shingles(title: string, text: string): Set<number> {
  const words = shingleWords(title, text).map(fnv1a);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix(h ^ words[i + j]!);
    out.add(h);
  }
  return out;
}

/** Seeds of the hash family: fixed, so signatures are comparable across runs and machines. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`minhash ${i}`));

/** murmur3's finaliser: turns `value ^ seed` into one of SIGNATURE_SIZE independent-looking hashes. */
function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function minHash(shingleSet: Set<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const base of shingleSet) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(base ^ SEEDS[i]!);
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_SIZE;
}

/**
 * Groups clippings into stories. Returns only groups of two or more, each sorted by id (the first
 * clipped first); a clipping sits in at most one group (similarity is closed transitively).
 * `cache` keeps signatures by id between calls (a stored clipping's text does not change).
 */
export function groupStories(texts: readonly StoryText[], minJaccard = 0.5, cache?: Map<number, Uint32Array | null>): number[][] {
  const signatures = new Map<number, Uint32Array>();
  for (const t of texts) {
    let signature = cache?.get(t.id);
    if (signature === undefined) {
      const set = shingles(t.title, t.text);
      signature = set.size >= MIN_SHINGLES ? minHash(set) : null;
      cache?.set(t.id, signature);
    }
    if (signature) signatures.set(t.id, signature);
  }
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const id of signatures.keys()) parent.set(id, id);
  const join = (a: number, b: number) => {
    if (root(a) !== root(b) && estimatedJaccard(signatures.get(a)!, signatures.get(b)!) >= minJaccard) parent.set(root(a), root(b));
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (const [id, signature] of signatures) {
      const key = signature.subarray(band * ROWS, band * ROWS + ROWS).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(id);
      else buckets.set(key, [id]);
    }
    for (const members of buckets.values()) {
      // Every pair in a small bucket; a large one (a common opening) against its first member only,
      // which union-find and the other bands complete, instead of a quadratic number of checks.
      if (members.length <= SMALL_BUCKET) members.forEach((a, i) => members.slice(i + 1).forEach((b) => join(a, b)));
      else members.slice(1).forEach((b) => join(members[0]!, b));
    }
  }
  const groups = new Map<number, number[]>();
  for (const id of signatures.keys()) {
    const group = groups.get(root(id));
    if (group) group.push(id);
    else groups.set(root(id), [id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a - b));
}

export interface Story {
  /** Every clipping of the story, first clipped first. */
  ids: number[];
  /** The distinct outlets that ran it. */
  outlets: string[];
}

const signatureCache = new Map<number, Uint32Array | null>();

/** Each grouped clipping's story, for the list ("the same story ran in N outlets"). */
export function storiesById(clippings: ReadonlyArray<StoryText & { outlet: string | null; outletDomain: string | null }>): Map<number, Story> {
  const byId = new Map(clippings.map((c) => [c.id, c]));
  const result = new Map<number, Story>();
  for (const ids of groupStories(clippings, 0.5, signatureCache)) {
    const outlets = [...new Set(ids.map((id) => byId.get(id)!).map((c) => c.outlet ?? c.outletDomain ?? '?'))];
    for (const id of ids) result.set(id, { ids, outlets });
  }
  return result;
}
