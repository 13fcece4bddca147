import { programmeMatcher } from './detect';
import { hashedFeatures } from './features';
import type { Example, LearnerModel } from './learner';
import { AliasMatcher } from './mentions';
import { NeighbourIndex, type LabelledDoc } from './neighbours';
import type { SuggestionSources } from './suggest';
import type { Topic } from './topics';
import type { Programme } from './types';

/** The word-matching sources: programme codes, names and aliases, and the office's topic keywords. */
export function aliasSources(programmes: Programme[], topics: Topic[]): Pick<SuggestionSources, 'programmes' | 'programmeAliases' | 'topicKeywords'> {
  return {
    programmes,
    programmeAliases: programmeMatcher(programmes),
    topicKeywords: new AliasMatcher(topics.filter((t) => !t.hidden).map((t) => ({ key: t.id, aliases: t.keywords }))),
  };
}

export const exampleOf = (doc: LabelledDoc): Example => ({ id: doc.id, features: hashedFeatures(doc.terms), labels: doc.labels });

/** Every suggestion source from the office's lists, the labelled clippings and the trained learner. */
export function buildSources(programmes: Programme[], topics: Topic[], labelled: LabelledDoc[], learner: LearnerModel | null): SuggestionSources {
  // "No programme" clippings stay in: they are the neighbours that say a story carries none.
  const withProgrammes = labelled.filter((d) => d.labels.some((l) => l.startsWith('programme:')));
  return { ...aliasSources(programmes, topics), neighbours: withProgrammes.length ? new NeighbourIndex(withProgrammes) : null, learner };
}
