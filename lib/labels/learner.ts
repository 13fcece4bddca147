import { FEATURE_DIM } from './features';

/**
 * The officer's own model: one-vs-rest logistic regression over hashed term features, trained in the
 * browser from the officer's labels and corrections. Labels are keys "group:value": `programme:mbg`,
 * `tone:negatif`, `topic:kesehatan`. Within a group, an example teaches every head of that group (a
 * positive for its labels, a negative for the rest); groups it has no label for teach nothing, so an
 * uncorrected tone is not taken as "not negatif".
 */
export type LabelGroup = 'programme' | 'tone' | 'topic';

export interface Example {
  id: number;
  features: Uint16Array;
  /** Label keys ("programme:mbg"); the groups present are the groups this example was labelled for. */
  labels: string[];
}

export interface Head {
  weights: Float32Array;
  bias: number;
  positives: number;
}

export interface GroupAccuracy {
  /** Held-back examples scored. */
  tested: number;
  /** Share whose top prediction is one of their labels. */
  accuracy: number;
}

export interface LearnerModel {
  dim: number;
  heads: Record<string, Head>;
  /** Examples the deployed heads were trained on. */
  examples: number;
  /** Measured on held-back labels by a copy trained without them (see trainLearner). */
  accuracy: Partial<Record<LabelGroup, GroupAccuracy>>;
  /** Examples there were when the accuracy was measured. */
  measuredOn: number;
}

export const groupOf = (key: string) => key.slice(0, key.indexOf(':')) as LabelGroup;
/**
 * "Seen, and none of this group applies" (e.g. `programme:-`, a clipping the officer saved without a
 * programme): teaches every head of the group a negative and has no head of its own.
 */
export const NONE = '-';
const isNone = (key: string) => key.endsWith(`:${NONE}`);

const EPOCHS = 8;
/** A warm start (previous weights) needs fewer passes: the new examples move it, the old ones hold it. */
const WARM_EPOCHS = 3;
const LEARNING_RATE = 0.5;
const L2 = 1e-4;
const MAX_POSITIVE_WEIGHT = 5;
/** Every fifth example (by id) is held back to measure accuracy; the deployed heads see all of them. */
export const isHeldBack = (id: number) => id % 5 === 0;
/** Fewer held-back examples than this give no accuracy figure (it would be noise). */
export const MIN_TESTED = 5;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function score(head: Head, features: Uint16Array): number {
  let z = head.bias;
  const scale = 1 / Math.sqrt(features.length || 1);
  for (const i of features) z += head.weights[i]! * scale;
  return sigmoid(z);
}

function fit(examples: Example[], previous: Record<string, Head> | null, dim: number): Record<string, Head> {
  const keysByGroup = new Map<LabelGroup, Set<string>>();
  for (const example of examples) for (const key of example.labels) {
    const group = groupOf(key);
    const keys = keysByGroup.get(group) ?? new Set();
    if (!isNone(key)) keys.add(key);
    keysByGroup.set(group, keys);
  }
  const heads: Record<string, Head> = {};
  for (const keys of keysByGroup.values()) for (const key of keys) {
    const before = previous?.[key];
    heads[key] = { weights: before && before.weights.length === dim ? Float32Array.from(before.weights) : new Float32Array(dim), bias: before?.bias ?? 0, positives: 0 };
  }
  for (const example of examples) for (const key of example.labels) if (heads[key]) heads[key].positives += 1;

  // Rare labels would learn to always say no: a head's positives weigh as much as its negatives (capped).
  const examplesOfGroup = new Map<LabelGroup, number>();
  for (const example of examples) for (const group of new Set(example.labels.map(groupOf))) examplesOfGroup.set(group, (examplesOfGroup.get(group) ?? 0) + 1);
  const positiveWeight = (key: string) => {
    const positives = heads[key]!.positives;
    return Math.min(MAX_POSITIVE_WEIGHT, Math.max(1, ((examplesOfGroup.get(groupOf(key)) ?? 0) - positives) / Math.max(1, positives)));
  };
  const weights = new Map(Object.keys(heads).map((key) => [key, positiveWeight(key)]));

  const epochs = previous ? WARM_EPOCHS : EPOCHS;
  // A fixed, id-based order instead of a random shuffle: the same labels always give the same model.
  const order = [...examples].sort((a, b) => ((a.id * 2654435761) >>> 0) - ((b.id * 2654435761) >>> 0));
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = LEARNING_RATE / (1 + epoch);
    for (const example of order) {
      const scale = 1 / Math.sqrt(example.features.length || 1);
      const groups = new Set(example.labels.map(groupOf));
      for (const group of groups) for (const key of keysByGroup.get(group)!) {
        const head = heads[key]!;
        const target = example.labels.includes(key) ? 1 : 0;
        const gradient = (score(head, example.features) - target) * (target ? weights.get(key)! : 1);
        head.bias -= rate * gradient;
        for (const i of example.features) head.weights[i] = head.weights[i]! * (1 - rate * L2) - rate * gradient * scale;
      }
    }
  }
  return heads;
}

/** Probability of each label key for a clipping's features (heads of every group). */
export function predict(model: Pick<LearnerModel, 'heads'>, features: Uint16Array): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, head] of Object.entries(model.heads)) result.set(key, score(head, features));
  return result;
}

function measure(heads: Record<string, Head>, tests: Example[]): LearnerModel['accuracy'] {
  const tally = new Map<LabelGroup, { tested: number; right: number }>();
  for (const example of tests) {
    const scores = predict({ heads }, example.features);
    // Accuracy is over what the officer did label; "none of this group" examples only teach.
    for (const group of new Set(example.labels.filter((key) => !isNone(key)).map(groupOf))) {
      let best: string | null = null;
      for (const [key, p] of scores) if (groupOf(key) === group && (best === null || p > scores.get(best)!)) best = key;
      if (best === null) continue; // no head of this group was trained yet
      const t = tally.get(group) ?? { tested: 0, right: 0 };
      tally.set(group, { tested: t.tested + 1, right: t.right + (example.labels.includes(best) ? 1 : 0) });
    }
  }
  const accuracy: LearnerModel['accuracy'] = {};
  for (const [group, { tested, right }] of tally) if (tested >= MIN_TESTED) accuracy[group] = { tested, accuracy: right / tested };
  return accuracy;
}

/** The accuracy is measured again once the examples have grown (or shrunk) by this share. */
const REMEASURE_CHANGE = 0.1;

/**
 * Trains the deployed heads on every example (warm-started from `previous` when given, so adding a few
 * labels is a short update, not a retrain from zero) and measures accuracy with a cold copy trained
 * without the held-back examples, a second training that is skipped while the examples have changed
 * by less than a tenth since the last measurement.
 */
export function trainLearner(examples: Example[], previous: LearnerModel | null = null, dim = FEATURE_DIM): LearnerModel {
  const stale = !previous || Math.abs(examples.length - previous.measuredOn) > REMEASURE_CHANGE * previous.measuredOn;
  const measured = stale
    ? { accuracy: measure(fit(examples.filter((e) => !isHeldBack(e.id)), null, dim), examples.filter((e) => isHeldBack(e.id))), measuredOn: examples.length }
    : { accuracy: previous.accuracy, measuredOn: previous.measuredOn };
  return { dim, heads: fit(examples, previous?.heads ?? null, dim), examples: examples.length, ...measured };
}
