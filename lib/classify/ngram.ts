/**
 * The n-gram companion that ships beside a Kliping encoder, or alone (<stem>.json + <stem>.bin in the model
 * folder). Same recipe as training/ngram.py; the training run writes logits for fixed texts that
 * tests/unit/bundled-model.test.ts checks this code against:
 *
 *   text → NFKD → lower case → drop combining marks → tokens [a-z0-9]+
 *   word block: "w " + token, "b " + token + " " + next token; char block: "c " + 3-5-grams of " token "
 *   FNV-1a 32-bit of each feature → bucket; value (1 + ln count) × idf; each block L2-normalised;
 *   logits = W·x + b with int8 W (one scale per class).
 */
export interface NgramMeta {
  format: 'kliping-ngram-1';
  buckets: number;
  idfStep: number;
  labels: string[];
  scale: number[];
  bias: number[];
}

export function ngramTokens(text: string): string[] {
  return text.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
}

const encoder = new TextEncoder();

function fnv1aBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** 32-bit FNV-1a of the UTF-8 bytes of a feature. */
export function fnv1a(feature: string): number {
  let hash = 0x811c9dc5;
  // Features are ASCII in practice (tokens are [a-z0-9]+): there code units are the UTF-8 bytes.
  for (let i = 0; i < feature.length; i++) {
    const code = feature.charCodeAt(i);
    if (code > 0x7f) return fnv1aBytes(encoder.encode(feature));
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
  }
  return hash;
}

/** Feature counts by bucket: word block in [0, buckets), char block in [buckets, 2 × buckets). */
export function ngramCounts(text: string, buckets: number): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (index: number) => counts.set(index, (counts.get(index) ?? 0) + 1);
  const tokens = ngramTokens(text);
  tokens.forEach((token, i) => {
    add(fnv1a(`w ${token}`) % buckets);
    if (i + 1 < tokens.length) add(fnv1a(`b ${token} ${tokens[i + 1]}`) % buckets);
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) add(buckets + (fnv1a(`c ${padded.slice(j, j + n)}`) % buckets));
    }
  });
  return counts;
}

export class NgramModel {
  private readonly idf: Uint8Array;
  private readonly weights: Int8Array;

  constructor(
    readonly meta: NgramMeta,
    data: ArrayBuffer,
  ) {
    if (meta.format !== 'kliping-ngram-1') throw new Error(`format n-gram tidak dikenal: ${String(meta.format)}`);
    const width = 2 * meta.buckets;
    if (data.byteLength !== width * (1 + meta.labels.length)) throw new Error('berkas ngram.bin tidak cocok dengan ngram.json');
    this.idf = new Uint8Array(data, 0, width);
    this.weights = new Int8Array(data, width, width * meta.labels.length);
  }

  /** `counts`: the text's feature counts when the caller already has them at this model's bucket count. */
  logits(text: string, counts = ngramCounts(text, this.meta.buckets)): number[] {
    const { buckets, idfStep, labels, scale, bias } = this.meta;
    const values = [...counts].map(([index, count]) => [index, (1 + Math.log(count)) * this.idf[index]! * idfStep] as const);
    const norms = [0, 0];
    for (const [index, value] of values) norms[index < buckets ? 0 : 1]! += value * value;
    const width = 2 * buckets;
    return labels.map((_, c) => {
      let sum = 0;
      for (const [index, value] of values) sum += (value / (Math.sqrt(norms[index < buckets ? 0 : 1]!) || 1)) * this.weights[c * width + index]!;
      return sum * scale[c]! + bias[c]!;
    });
  }

  probabilities(text: string, counts?: Map<number, number>): Record<string, number> {
    const logits = this.logits(text, counts);
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return Object.fromEntries(this.meta.labels.map((label, i) => [label, exps[i]! / total]));
  }
}

/** Scores a text: one n-gram model, or experts behind a gate. */
export interface NgramScorer {
  probabilities(text: string): Record<string, number>;
}

/**
 * Body tone from a news expert and a review expert, weighted by a gate that reads which kind of text it is
 * ("berita" or "ulasan"): P(berita)·news + P(ulasan)·review, as training/ngram.py's GatedNgram. The three
 * share one feature count when their tables have the same size.
 */
export class GatedNgram implements NgramScorer {
  constructor(
    private readonly gate: NgramModel,
    private readonly news: NgramModel,
    private readonly review: NgramModel,
  ) {
    if (gate.meta.labels.join() !== 'berita,ulasan') throw new Error(`label gerbang n-gram tidak dikenal: ${gate.meta.labels.join(', ')}`);
    if (news.meta.labels.join() !== review.meta.labels.join()) throw new Error('label kedua model n-gram isi berita tidak sama');
  }

  probabilities(text: string): Record<string, number> {
    const models = [this.gate, this.news, this.review];
    const shared = models.every((m) => m.meta.buckets === this.gate.meta.buckets) ? ngramCounts(text, this.gate.meta.buckets) : undefined;
    const [gate, news, review] = models.map((m) => m.probabilities(text, shared)) as [Record<string, number>, Record<string, number>, Record<string, number>];
    const share = gate.ulasan!;
    return Object.fromEntries(Object.keys(news).map((label) => [label, (1 - share) * news[label]! + share * review[label]!]));
  }
}

/**
 * Mixes the encoder's class scores with the n-gram companion's: weight w for the n-gram model, 1 − w for
 * the encoder (config.json "kliping.ngram_weight", fixed at training time).
 */
export function mixScores<K extends string>(encoder: Record<K, number>, ngram: Record<K, number>, weight: number): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const label of Object.keys(encoder) as K[]) out[label] = (1 - weight) * encoder[label] + weight * (ngram[label] ?? 0);
  return out;
}
