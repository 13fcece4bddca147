/**
 * Nearest labelled clippings by TF-IDF cosine over term sets: "mirip 4 kliping berlabel ini".
 * IDF is counted over the labelled clippings themselves (the set being compared), binary term frequency.
 */
export interface LabelledDoc {
  id: number;
  terms: string[];
  labels: string[];
}

export interface NeighbourVote {
  label: string;
  /** Share of the neighbours' similarity that carries this label, 0..1. */
  share: number;
  /** How many of the nearest neighbours carry it. */
  count: number;
}

export const NEIGHBOURS = 10;
/** Below this cosine two stories have little more in common than the language. */
export const MIN_SIMILARITY = 0.12;

export class NeighbourIndex {
  private readonly idf = new Map<string, number>();
  private readonly vectors: Array<{ doc: LabelledDoc; weights: Map<string, number> }>;

  constructor(docs: LabelledDoc[]) {
    const df = new Map<string, number>();
    for (const doc of docs) for (const term of new Set(doc.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log((docs.length + 1) / (n + 1)) + 1);
    this.vectors = docs.map((doc) => ({ doc, weights: this.vector(doc.terms) }));
  }

  get size(): number {
    return this.vectors.length;
  }

  /** Unit-length TF-IDF weights; terms no labelled clipping has carry no evidence and are left out. */
  private vector(terms: string[]): Map<string, number> {
    const weights = new Map<string, number>();
    for (const term of new Set(terms)) {
      const idf = this.idf.get(term);
      if (idf !== undefined) weights.set(term, idf);
    }
    const norm = Math.hypot(...weights.values()) || 1;
    for (const [term, w] of weights) weights.set(term, w / norm);
    return weights;
  }

  nearest(terms: string[], k = NEIGHBOURS, excludeId?: number): Array<{ doc: LabelledDoc; similarity: number }> {
    const query = this.vector(terms);
    const scored: Array<{ doc: LabelledDoc; similarity: number }> = [];
    for (const { doc, weights } of this.vectors) {
      if (doc.id === excludeId) continue;
      let similarity = 0;
      const [small, large] = query.size < weights.size ? [query, weights] : [weights, query];
      for (const [term, w] of small) similarity += w * (large.get(term) ?? 0);
      if (similarity >= MIN_SIMILARITY) scored.push({ doc, similarity });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }

  /** Labels of the nearest neighbours, weighted by similarity. */
  votes(terms: string[], k = NEIGHBOURS, excludeId?: number): NeighbourVote[] {
    const nearest = this.nearest(terms, k, excludeId);
    const total = nearest.reduce((sum, n) => sum + n.similarity, 0);
    const byLabel = new Map<string, { weight: number; count: number }>();
    for (const { doc, similarity } of nearest) {
      for (const label of doc.labels) {
        const vote = byLabel.get(label) ?? { weight: 0, count: 0 };
        byLabel.set(label, { weight: vote.weight + similarity, count: vote.count + 1 });
      }
    }
    return [...byLabel].map(([label, { weight, count }]) => ({ label, share: total ? weight / total : 0, count })).sort((a, b) => b.share - a.share);
  }
}
