import type { Topic } from './topics';
import type { Person, Programme } from './types';

/** How charts, alerts and reports name a programme (its code), a person and a topic, from the office's lists. */
export function labelNames(programmes: Programme[], persons: Person[], topics: Topic[] = []) {
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const personById = new Map(persons.map((p) => [p.id, p]));
  const topicById = new Map(topics.map((t) => [t.id as string, t]));
  return {
    programme: (id: string) => programmeById.get(id)?.code ?? id,
    person: (id: string) => personById.get(id)?.name ?? id,
    topic: (id: string) => topicById.get(id)?.name ?? id,
  };
}
