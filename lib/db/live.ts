import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Suggestion } from '../labels/suggest';
import type { Topic } from '../labels/topics';
import type { Person, Programme } from '../labels/types';
import { listPersons, listProgrammes, listTopics } from './labels';
import type { KlipingDB } from './schema';
import { suggestionsFor, type SuggestFor } from './suggestions';

export interface LabelLists {
  programmes: Programme[];
  persons: Person[];
  topics: Topic[];
}

const EMPTY: LabelLists = { programmes: [], persons: [], topics: [] };

/** The office's programmes, persons and taxonomy, kept current while a page is open. */
export function useLabelLists(db: KlipingDB): LabelLists {
  return (
    useLiveQuery(async () => {
      const [programmes, persons, topics] = await Promise.all([listProgrammes(db), listPersons(db), listTopics(db)]);
      return { programmes, persons, topics };
    }, []) ?? EMPTY
  );
}

/**
 * Suggestions for what is being labelled, recomputed when it changes. Not a live query: computing them
 * may retrain and store the officer's learner, and live queries must not write.
 */
export function useSuggestions(db: KlipingDB, target: SuggestFor | null | undefined, deps: unknown[]): Suggestion[] | undefined {
  const [suggestions, setSuggestions] = useState<Suggestion[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    if (!target) setSuggestions([]);
    else suggestionsFor(db, target).then((found) => current && setSuggestions(found), (error: unknown) => console.warn('suggestions', error));
    return () => {
      current = false;
    };
  }, deps);
  return suggestions;
}
