import { TONES, type Tone } from './labels';

export interface Prediction<L extends string = string> {
  label: L;
  score: number;
  scores: Record<L, number>;
}

/** The model is "sure" above this probability; below, the officer sees "kurang yakin". */
export const CONFIDENT_SCORE = 0.7;
/** The body carries more evidence, the headline the framing readers see first. */
export const HEADLINE_WEIGHT = 0.4;

export function argmax<L extends string>(scores: Record<L, number>): Prediction<L> {
  const [label, score] = (Object.entries(scores) as Array<[L, number]>).reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return { label, score, scores };
}

export function confidenceWord(score: number): 'yakin' | 'kurang yakin' {
  return score >= CONFIDENT_SCORE ? 'yakin' : 'kurang yakin';
}

/**
 * The one tone column officers sort on. Rule: the weighted mean of headline and body class scores
 * (headline 0.4, body 0.6), then the highest class; with only one of them, that one.
 */
export function deriveOverallTone(headline: Prediction<Tone> | null, body: Prediction<Tone> | null): Prediction<Tone> | null {
  if (!headline || !body) return headline ?? body;
  const scores = Object.fromEntries(
    TONES.map((tone) => [tone, HEADLINE_WEIGHT * headline.scores[tone] + (1 - HEADLINE_WEIGHT) * body.scores[tone]]),
  ) as Record<Tone, number>;
  return argmax(scores);
}

export interface ToneOverride {
  tone: Tone;
  by: string;
  at: number;
}

/** An officer's correction always wins over the model, and a re-run never removes it. */
export function effectiveTone(derived: Prediction<Tone> | null, override: ToneOverride | null | undefined): { tone: Tone | null; source: 'officer' | 'model' | null } {
  if (override) return { tone: override.tone, source: 'officer' };
  return derived ? { tone: derived.label, source: 'model' } : { tone: null, source: null };
}
