export const TONES = ['negatif', 'netral', 'positif'] as const;
export type Tone = (typeof TONES)[number];

const TONE_NAMES: Record<string, Tone> = {
  negatif: 'negatif', negative: 'negatif', neg: 'negatif',
  netral: 'netral', neutral: 'netral', neu: 'netral',
  positif: 'positif', positive: 'positif', pos: 'positif',
};

/** A model that cannot be used for tone, with the reason in Indonesian for the settings page. */
export class ModelLabelError extends Error {
  override name = 'ModelLabelError';
}

/**
 * Maps a model's labels onto negatif/netral/positif. Indonesian or English names are understood;
 * generic LABEL_0..2 only with a mapping the model declares (config.json "kliping_label_map") or the
 * officer gives. Anything else is refused: a wrong mapping would silently flip good news to bad.
 */
export function toneLabelMap(id2label: Record<string, string>, declared?: Record<string, string>): Record<string, Tone> {
  const labels = Object.values(id2label);
  const map: Record<string, Tone> = {};
  for (const label of labels) {
    const named = TONE_NAMES[(declared?.[label] ?? label).trim().toLowerCase()];
    if (!named) {
      throw new ModelLabelError(
        `Model ini memakai label "${label}" yang bukan negatif/netral/positif. Model ditolak; pakai model sentimen tiga kelas atau sebutkan pemetaan labelnya.`,
      );
    }
    map[label] = named;
  }
  const covered = new Set(Object.values(map));
  if (labels.length !== 3 || covered.size !== 3) {
    throw new ModelLabelError(`Model sentimen harus punya tepat tiga label (negatif, netral, positif); model ini punya: ${labels.join(', ')}.`);
  }
  return map;
}

/** Scores keyed by our labels, for storage and display. */
export function toToneScores(raw: Array<{ label: string; score: number }>, map: Record<string, Tone>): Record<Tone, number> {
  const scores = { negatif: 0, netral: 0, positif: 0 };
  for (const { label, score } of raw) scores[map[label]!] += score;
  return scores;
}
