import type { Tone } from '../classify/labels';
import { effectiveTone } from '../classify/tone';
import { programmeMatcher } from '../labels/detect';
import { hashedFeatures, labelTerms } from '../labels/features';
import { trainLearner, type Example, type LearnerModel } from '../labels/learner';
import { AliasMatcher } from '../labels/mentions';
import { NeighbourIndex } from '../labels/neighbours';
import { suggestLabels, type Suggestion, type SuggestionSources } from '../labels/suggest';
import { listTopics } from './labels';
import type { KlipingDB } from './schema';
import type { Clipping } from './types';

/** The officer's learner as stored: the model and the state of the labels it was trained on. */
export interface LearnerRecord {
  id: 'officer';
  /** Labelled clippings and the latest labelling time when trained; a different stamp means retrain. */
  stamp: string;
  trainedAt: number;
  /** Milliseconds the last training took (shown in settings). */
  trainMs: number;
  model: LearnerModel;
}

/** What the officer taught: each labelled clipping's programmes and corrections, as learner label keys. */
export function labelsOf(c: Pick<Clipping, 'programmes' | 'toneOverride' | 'topicOverride'>): string[] {
  return [
    ...(c.programmes ?? []).map((p) => `programme:${p}`),
    ...(c.toneOverride ? [`tone:${c.toneOverride.tone}`] : []),
    ...(c.topicOverride ? [`topic:${c.topicOverride.topic}`] : []),
  ];
}

async function labelledClippings(db: KlipingDB): Promise<Clipping[]> {
  return db.clippings
    .where('labelledAt')
    .above(0)
    .filter((c) => c.deletedAt === null && labelsOf(c).length > 0)
    .toArray();
}

const stampOf = (rows: Clipping[]) => `${rows.length}:${Math.max(0, ...rows.map((c) => c.labelledAt))}:${rows.reduce((sum, c) => sum + c.id, 0)}`;

let cached: { db: string; stamp: string; sources: SuggestionSources } | null = null;

/**
 * Everything the suggesters need, rebuilt only when the labels changed: the programme aliases, the
 * office's topic keywords, the labelled clippings (neighbours) and the officer's learner, retrained
 * from its previous weights and stored so that the next page opens with it.
 */
export async function suggestionSources(db: KlipingDB, now = Date.now()): Promise<SuggestionSources> {
  const [programmes, topics, labelled] = await Promise.all([db.programmes.toArray(), listTopics(db), labelledClippings(db)]);
  const programmeAliases = programmeMatcher(programmes);
  const topicKeywords = new AliasMatcher(topics.filter((t) => !t.hidden).map((t) => ({ key: t.id, aliases: t.keywords })));
  const stamp = stampOf(labelled);
  if (cached?.db === db.name && cached.stamp === stamp) return { ...cached.sources, programmes, programmeAliases, topicKeywords };

  const docs = labelled.map((c) => ({ id: c.id, terms: labelTerms(c.title, c.text, c.searchTerms), labels: labelsOf(c) }));
  const withProgrammes = docs.filter((d) => d.labels.some((l) => l.startsWith('programme:')));
  const neighbours = withProgrammes.length ? new NeighbourIndex(withProgrammes) : null;
  const stored = await db.learner.get('officer');
  let learner = stored?.model ?? null;
  if (stored?.stamp !== stamp) {
    const examples: Example[] = docs.map((d) => ({ id: d.id, features: hashedFeatures(d.terms), labels: d.labels }));
    const started = performance.now();
    learner = examples.length ? trainLearner(examples, learner) : null;
    const trainMs = performance.now() - started;
    if (learner) await db.learner.put({ id: 'officer', stamp, trainedAt: now, trainMs, model: learner });
    else await db.learner.delete('officer');
  }
  const sources: SuggestionSources = { programmes, programmeAliases, topicKeywords, neighbours, learner };
  cached = { db: db.name, stamp, sources };
  return sources;
}

/** What is being labelled: a stored clipping, or the article in the popup before it is saved. */
export type SuggestFor = Pick<Clipping, 'title' | 'text' | 'publishedAt'> &
  Partial<Pick<Clipping, 'id' | 'clippedAt' | 'searchTerms' | 'programmes' | 'classification' | 'toneOverride' | 'topicOverride'>>;

export async function suggestionsFor(db: KlipingDB, c: SuggestFor, now = Date.now()): Promise<Suggestion[]> {
  const sources = await suggestionSources(db, now);
  const terms = labelTerms(c.title, c.text, c.searchTerms);
  const published = c.publishedAt ? Date.parse(c.publishedAt) : Number.NaN;
  return suggestLabels(
    {
      id: c.id,
      title: c.title,
      text: c.text,
      terms,
      features: hashedFeatures(terms),
      at: Number.isFinite(published) ? published : (c.clippedAt ?? now),
      programmes: c.programmes ?? [],
      tone: effectiveTone(c.classification?.overall ?? null, c.toneOverride).tone as Tone | null,
      topic: c.topicOverride?.topic ?? c.classification?.topic?.label ?? null,
    },
    sources,
  );
}
