import type { Tone } from '../classify/labels';
import { groupOf, predict, type LabelGroup, type LearnerModel } from './learner';
import type { AliasMatcher } from './mentions';
import type { NeighbourIndex } from './neighbours';
import type { Programme } from './types';

/** Why a label is suggested; shown next to it ("cocok: 'MBG' di judul", "mirip 4 kliping berlabel ini"). */
export type Reason =
  | { kind: 'alias'; alias: string; where: 'title' | 'body'; count: number }
  | { kind: 'similar'; count: number }
  | { kind: 'learner'; probability: number };

export interface Suggestion {
  group: LabelGroup;
  /** Programme id, tone or topic id. */
  value: string;
  /** 0..1, for ordering; the reasons are what the officer reads. */
  score: number;
  reasons: Reason[];
}

export interface SuggestionSources {
  programmes: Programme[];
  /** Programme codes, names and aliases (detect.ts programmeMatcher). */
  programmeAliases: AliasMatcher;
  /** Topic keywords the office added to the taxonomy. */
  topicKeywords: AliasMatcher;
  /** The officer's labelled clippings, null before the first label. */
  neighbours: NeighbourIndex | null;
  learner: LearnerModel | null;
}

export interface SuggestionTarget {
  /** The stored clipping, when it is one: it must not vote for itself. */
  id?: number;
  title: string;
  text: string;
  terms: string[];
  features: Uint16Array;
  /** Epoch ms of the story (published, else clipped): programmes outside their active period are not suggested. */
  at: number;
  programmes: string[];
  tone: Tone | null;
  topic: string | null;
}

/** Evidence weights, combined as independent signals (noisy-or). Measured by `npm run bench:suggest`. */
const ALIAS_IN_TITLE = 0.9;
const aliasInBody = (count: number) => 0.4 + 0.15 * Math.min(count, 3);
const NEIGHBOUR_WEIGHT = 0.8;
/** A learner head needs this many positive examples before its opinion counts. */
const LEARNER_MIN_POSITIVES = 3;
/** Tone and topic are only suggested against the model when the officer's learner is this sure. */
const CORRECTION_PROBABILITY = 0.7;
export const MIN_SCORE = 0.35;
/** Programmes are what this feature is for; at equal strength they come before tone and topic. */
const GROUP_ORDER: LabelGroup[] = ['programme', 'topic', 'tone'];
export const MAX_SUGGESTIONS = 5;

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export function isActiveOn(programme: Programme, at: number): boolean {
  const day = ymd(at);
  return !programme.archived && (!programme.activeFrom || programme.activeFrom <= day) && (!programme.activeTo || day <= programme.activeTo);
}

/**
 * Labels to offer for one clipping, best first, each with its reasons. Pure: nothing is applied here,
 * and callers apply a suggestion only when the officer clicks it.
 */
export function suggestLabels(target: SuggestionTarget, sources: SuggestionSources): Suggestion[] {
  const evidence = new Map<string, { group: LabelGroup; value: string; misses: number; reasons: Reason[] }>();
  const add = (group: LabelGroup, value: string, strength: number, reason: Reason) => {
    const key = `${group}:${value}`;
    const entry = evidence.get(key) ?? { group, value, misses: 1, reasons: [] };
    entry.misses *= 1 - Math.min(Math.max(strength, 0), 0.99);
    entry.reasons.push(reason);
    evidence.set(key, entry);
  };

  const active = new Set(sources.programmes.filter((p) => isActiveOn(p, target.at)).map((p) => p.id));
  const offer = (id: string) => active.has(id) && !target.programmes.includes(id);

  const inTitle = sources.programmeAliases.find(target.title);
  for (const [id, { alias, count }] of inTitle) if (offer(id)) add('programme', id, ALIAS_IN_TITLE, { kind: 'alias', alias, where: 'title', count });
  for (const [id, { alias, count }] of sources.programmeAliases.find(target.text)) {
    if (offer(id) && !inTitle.has(id)) add('programme', id, aliasInBody(count), { kind: 'alias', alias, where: 'body', count });
  }

  const topicInTitle = sources.topicKeywords.find(target.title);
  for (const [topic, { alias, count }] of topicInTitle) if (topic !== target.topic) add('topic', topic, ALIAS_IN_TITLE, { kind: 'alias', alias, where: 'title', count });
  for (const [topic, { alias, count }] of sources.topicKeywords.find(target.text)) {
    if (topic !== target.topic && !topicInTitle.has(topic)) add('topic', topic, aliasInBody(count), { kind: 'alias', alias, where: 'body', count });
  }

  for (const vote of sources.neighbours?.votes(target.terms, undefined, target.id) ?? []) {
    if (groupOf(vote.label) !== 'programme') continue;
    const id = vote.label.slice('programme:'.length);
    if (offer(id)) add('programme', id, NEIGHBOUR_WEIGHT * vote.share, { kind: 'similar', count: vote.count });
  }

  if (sources.learner) {
    const probabilities = predict(sources.learner, target.features);
    const best = new Map<LabelGroup, [string, number]>();
    for (const [key, p] of probabilities) {
      const group = groupOf(key);
      if (sources.learner.heads[key]!.positives < LEARNER_MIN_POSITIVES) continue;
      if (group === 'programme') {
        const id = key.slice('programme:'.length);
        if (offer(id)) add('programme', id, p, { kind: 'learner', probability: p });
      } else if (p > (best.get(group)?.[1] ?? 0)) best.set(group, [key.slice(group.length + 1), p]);
    }
    // The learner corrects the model's tone or topic only where it has learnt the officer disagrees.
    for (const [group, [value, p]] of best) {
      const current = group === 'tone' ? target.tone : target.topic;
      if (p >= CORRECTION_PROBABILITY && current !== null && value !== current) add(group, value, p, { kind: 'learner', probability: p });
    }
  }

  return [...evidence.values()]
    .map(({ group, value, misses, reasons }) => ({ group, value, score: 1 - misses, reasons }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || a.value.localeCompare(b.value))
    .slice(0, MAX_SUGGESTIONS);
}
