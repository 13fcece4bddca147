/**
 * Body tone over a whole article, not only its first 512 tokens.
 *
 * Strategy (documented for officers and reviewers): the body is cut at paragraph boundaries into
 * chunks of at most CHUNK_WORDS words (≈ 260 WordPiece tokens for Indonesian news, well under the
 * encoder's 512), at most MAX_CHUNKS of them from the start (about 1,000 words: Indonesian news puts
 * what matters first). Each chunk is classified; the body's class scores are the mean of the chunks'
 * scores weighted by their word counts, with the first chunk (the lead) counted LEAD_WEIGHT times.
 */
export const CHUNK_WORDS = 200;
export const MAX_CHUNKS = 5;
export const LEAD_WEIGHT = 2;

export interface Chunk {
  text: string;
  words: number;
}

export function chunkBody(text: string, chunkWords = CHUNK_WORDS, maxChunks = MAX_CHUNKS): Chunk[] {
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let words = 0;
  const push = () => {
    if (words > 0) chunks.push({ text: current.join('\n\n'), words });
    current = [];
    words = 0;
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    const paragraphWords = paragraph.split(/\s+/).filter(Boolean);
    if (!paragraphWords.length) continue;
    // A single paragraph longer than a chunk is cut at word boundaries.
    for (let start = 0; start < paragraphWords.length; start += chunkWords) {
      const piece = paragraphWords.slice(start, start + chunkWords);
      if (words + piece.length > chunkWords) push();
      current.push(piece.join(' '));
      words += piece.length;
    }
    if (chunks.length >= maxChunks) break;
  }
  push();
  return chunks.slice(0, maxChunks);
}

/** Weighted mean of per-chunk class scores (see the strategy above). */
export function aggregateChunkScores<K extends string>(chunks: Chunk[], scores: Array<Record<K, number>>): Record<K, number> {
  const total = {} as Record<K, number>;
  let weightSum = 0;
  chunks.forEach((chunk, index) => {
    const weight = chunk.words * (index === 0 ? LEAD_WEIGHT : 1);
    weightSum += weight;
    for (const [label, score] of Object.entries(scores[index]!) as Array<[K, number]>) {
      total[label] = (total[label] ?? 0) + weight * score;
    }
  });
  for (const label of Object.keys(total) as K[]) total[label] /= weightSum || 1;
  return total;
}
