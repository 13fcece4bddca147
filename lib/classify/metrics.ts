/** Classification metrics for `npm run eval` (pure; the same numbers sklearn reports). */
export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] = count */
  confusion: Record<string, Record<string, number>>;
}

export function evaluate(gold: string[], predicted: string[], labels = [...new Set([...gold, ...predicted])].sort()): Metrics {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  const confusion = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))])) as Metrics['confusion'];
  gold.forEach((g, i) => (confusion[g]![predicted[i]!]! += 1));
  const perClass: Metrics['perClass'] = {};
  for (const label of labels) {
    const tp = confusion[label]![label]!;
    const support = labels.reduce((sum, p) => sum + confusion[label]![p]!, 0);
    const predictedCount = labels.reduce((sum, g) => sum + confusion[g]![label]!, 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    perClass[label] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  }
  // Like sklearn's average='macro': the mean over labels present in gold or predictions.
  const macroF1 = labels.reduce((sum, l) => sum + perClass[l]!.f1, 0) / (labels.length || 1);
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1, perClass, confusion };
}

/** Accuracy of the predictions the model is sure of against the rest (does "yakin" mean something?). */
export function reliability(gold: string[], predicted: string[], scores: number[], threshold: number) {
  const split = (sure: boolean) => {
    const idx = scores.map((s, i) => ((s >= threshold) === sure ? i : -1)).filter((i) => i >= 0);
    return { n: idx.length, accuracy: idx.length ? idx.filter((i) => gold[i] === predicted[i]).length / idx.length : Number.NaN };
  };
  return { sure: split(true), unsure: split(false) };
}
