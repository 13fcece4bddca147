import type { Tone } from '../classify/labels';
import { effectiveTopic } from '../classify/taxonomy';
import { effectiveTone } from '../classify/tone';
import { hashedFeatures, labelTerms } from '../labels/features';
import { NONE, trainLearner, type LearnerModel } from '../labels/learner';
import { aliasSources, buildSources, exampleOf } from '../labels/sources';
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

/**
 * Clippings saved since the officer began labelling that were never given a label: most likely seen
 * and judged to carry no programme. They teach the learner and the neighbour vote what "no programme"
 * looks like, without which every story would get some programme suggested. The latest ones only,
 * at most this many per labelled clipping.
 */
const NEGATIVES_PER_LABELLED = 3;
const MAX_NEGATIVES = 1000;

const sum = (ids: number[]) => ids.reduce((total, id) => total + id, 0);

/**
 * A fingerprint of everything the suggesters learn from, from primary keys alone (one getAllKeys per
 * index, no rows, no cursors), so that the common case, nothing changed since the last call, stays cheap:
 * the labelled clippings, the latest labelling, the clippings with a programme, the never-labelled ones
 * and the trash.
 */
async function learningStamp(db: KlipingDB): Promise<string> {
  const [labelled, latest, withProgramme, never, trashed] = await Promise.all([
    db.clippings.where('labelledAt').above(0).primaryKeys(),
    db.clippings.orderBy('labelledAt').lastKey(),
    db.clippings.orderBy('programmes').primaryKeys(),
    db.clippings.where('labelledAt').equals(0).primaryKeys(),
    db.clippings.where('deletedAt').above(-Infinity).primaryKeys(),
  ]);
  return [labelled, withProgramme, never, trashed].map((ids) => `${ids.length}/${sum(ids)}`).join(':') + `:${String(latest)}`;
}

/** The never-labelled clippings saved since the first programme label, newest first (index keys only). */
async function implicitNegativeIds(db: KlipingDB, labelled: Clipping[]): Promise<number[]> {
  const withProgramme = labelled.filter((c) => c.programmes?.length);
  if (!withProgramme.length) return [];
  const since = withProgramme.reduce((first, c) => Math.min(first, c.labelledAt), Infinity);
  const [never, recent, trashed] = await Promise.all([
    db.clippings.where('labelledAt').equals(0).primaryKeys(),
    db.clippings.where('clippedAt').aboveOrEqual(since).primaryKeys(),
    db.clippings.where('deletedAt').above(-Infinity).primaryKeys(),
  ]);
  const neverLabelled = new Set(never);
  const inTrash = new Set(trashed);
  return recent
    .filter((id) => neverLabelled.has(id) && !inTrash.has(id))
    .sort((a, b) => b - a)
    .slice(0, Math.min(MAX_NEGATIVES, NEGATIVES_PER_LABELLED * withProgramme.length));
}

let cached: { db: string; stamp: string; sources: SuggestionSources } | null = null;
const rowsOf = async (db: KlipingDB, ids: number[]) => (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => c !== undefined);

/**
 * Everything the suggesters need, rebuilt only when the labels changed: the programme aliases, the
 * office's topic keywords, the labelled clippings (neighbours) and the officer's learner, retrained
 * from its previous weights and stored so that the next page opens with it.
 */
export async function suggestionSources(db: KlipingDB, now = Date.now()): Promise<SuggestionSources> {
  const [programmes, topics, stamp] = await Promise.all([db.programmes.toArray(), listTopics(db), learningStamp(db)]);
  if (cached?.db === db.name && cached.stamp === stamp) return { ...cached.sources, ...aliasSources(programmes, topics) };

  // One getAll on the index range, filtered here: a Dexie .filter() would walk a cursor row by row.
  const labelled = (await db.clippings.where('labelledAt').above(0).toArray()).filter((c) => c.deletedAt === null && labelsOf(c).length > 0);
  const negatives = await rowsOf(db, await implicitNegativeIds(db, labelled));
  const docs = [
    ...labelled.map((c) => ({ id: c.id, terms: labelTerms(c.title, c.text, c.searchTerms), labels: labelsOf(c) })),
    ...negatives.map((c) => ({ id: c.id, terms: labelTerms(c.title, c.text, c.searchTerms), labels: [`programme:${NONE}`] })),
  ];
  const stored = await db.learner.get('officer');
  let learner = stored?.model ?? null;
  if (stored?.stamp !== stamp) {
    const started = performance.now();
    learner = docs.length ? trainLearner(docs.map(exampleOf), learner) : null;
    const trainMs = performance.now() - started;
    if (learner) await db.learner.put({ id: 'officer', stamp, trainedAt: now, trainMs, model: learner });
    else await db.learner.delete('officer');
  }
  const sources = buildSources(programmes, topics, docs, learner);
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
      topic: effectiveTopic(c),
    },
    sources,
  );
}
