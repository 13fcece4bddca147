import { AliasMatcher } from './mentions';
import { personAliases } from './person-names';
import type { Person, PersonMention, Programme } from './types';

/** A matcher over the active persons' names and aliases (titles optional). */
export function personMatcher(persons: Person[]): AliasMatcher {
  return new AliasMatcher(persons.filter((p) => !p.archived).map((p) => ({ key: p.id, aliases: personAliases(p) })));
}

/** A programme is named by its code, its name and its aliases. */
export function programmeMatcher(programmes: Programme[]): AliasMatcher {
  return new AliasMatcher(programmes.filter((p) => !p.archived).map((p) => ({ key: p.id, aliases: [p.code, p.name, ...p.aliases] })));
}

/** How often each person is named in the headline and in the body; persons not named are left out. */
export function detectMentions(matcher: AliasMatcher, title: string, text: string): PersonMention[] {
  const inTitle = matcher.find(title);
  const inBody = matcher.find(text);
  const ids = [...new Set([...inTitle.keys(), ...inBody.keys()])].sort();
  return ids.map((personId) => ({ personId, title: inTitle.get(personId)?.count ?? 0, body: inBody.get(personId)?.count ?? 0 }));
}

/** The ids of the persons a clipping names (its `persons` index entries). */
export const personIdsOf = (c: { mentions?: PersonMention[] | null }): string[] => (c.mentions ?? []).map((m) => m.personId);
