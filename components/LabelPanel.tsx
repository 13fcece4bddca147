import { useState } from 'react';
import type { ClippingLabels } from '@/lib/db/labels';
import { t } from '@/lib/i18n';
import type { Reason, Suggestion } from '@/lib/labels/suggest';
import type { Topic } from '@/lib/labels/topics';
import type { Person, PersonMention, Programme } from '@/lib/labels/types';


interface Props {
  labels: ClippingLabels;
  /** The model's topic, shown when the officer has not chosen one. */
  modelTopic: string | null;
  suggestions: Suggestion[] | undefined;
  programmes: Programme[];
  topics: Topic[];
  persons: Person[];
  mentions: PersonMention[];
  onAccept: (suggestion: Suggestion) => void;
  onChange: (labels: ClippingLabels) => void;
}

export function reasonText(reason: Reason): string {
  if (reason.kind === 'similar') return t('reasonSimilar', String(reason.count));
  if (reason.kind === 'learner') return t('reasonLearner', String(Math.round(reason.probability * 100)));
  if (reason.where === 'title') return t('reasonAliasTitle', reason.alias);
  return reason.count > 1 ? t('reasonAliasBodyMany', [reason.alias, String(reason.count)]) : t('reasonAliasBody', reason.alias);
}

/** Programme chip: its code in its colour, the full name on hover. */
export function ProgrammeChip({ programme, onRemove }: { programme: Programme | undefined; onRemove?: () => void }) {
  if (!programme) return null;
  return (
    <span className="chip" style={{ borderColor: programme.colour }} title={programme.name} data-testid="programme-chip">
      {programme.code}
      {onRemove && <button type="button" className="link" aria-label={t('removeLabel', programme.code)} onClick={onRemove}>×</button>}
    </span>
  );
}

/**
 * Programme labels, tags, topic and the persons named, with suggestions the officer accepts one click at
 * a time. Nothing here writes by itself: every change goes through `onChange`/`onAccept`.
 */
export function LabelPanel({ labels, modelTopic, suggestions, programmes, topics, persons, mentions, onAccept, onChange }: Props) {
  const [tag, setTag] = useState('');
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const topicName = (id: string) => topics.find((topic) => topic.id === id)?.name ?? id;
  const suggestionName = (s: Suggestion) =>
    s.group === 'programme' ? `${programmeById.get(s.value)?.code ?? s.value} · ${programmeById.get(s.value)?.name ?? ''}` : s.group === 'topic' ? t('suggestTopic', topicName(s.value)) : t('suggestTone', t(`tone_${s.value as 'negatif'}`));
  const addable = programmes.filter((p) => !p.archived && !labels.programmes.includes(p.id));
  const addTag = () => {
    if (tag.trim()) onChange({ ...labels, tags: [...new Set([...labels.tags, tag.trim()])] });
    setTag('');
  };

  return (
    <section className="labels" data-testid="labels">
      {suggestions && suggestions.length > 0 && (
        <div className="suggestions" data-testid="suggestions">
          <strong>{t('suggestionsTitle')}</strong>
          <ul>
            {suggestions.map((s) => (
              <li key={`${s.group}:${s.value}`}>
                <button type="button" data-testid="suggestion" data-value={s.value} onClick={() => onAccept(s)}>＋ {suggestionName(s)}</button>{' '}
                <span className="muted" data-testid="suggestion-reason">{s.reasons.map(reasonText).join('; ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="label-row">
        <strong>{t('programmesTitle')}:</strong>{' '}
        <span data-testid="applied-programmes">
          {labels.programmes.map((id) => (
            <ProgrammeChip key={id} programme={programmeById.get(id)} onRemove={() => onChange({ ...labels, programmes: labels.programmes.filter((p) => p !== id) })} />
          ))}
        </span>{' '}
        {addable.length > 0 && (
          <select aria-label={t('addProgramme')} data-testid="add-programme" value="" onChange={(e) => e.target.value && onChange({ ...labels, programmes: [...labels.programmes, e.target.value] })}>
            <option value="">{t('addProgramme')}</option>
            {addable.map((p) => <option key={p.id} value={p.id}>{p.code} · {p.name}</option>)}
          </select>
        )}
      </div>
      <div className="label-row">
        <strong>{t('tagsTitle')}:</strong>{' '}
        {labels.tags.map((name) => (
          <span key={name} className="chip" data-testid="tag-chip">
            {name} <button type="button" className="link" aria-label={t('removeLabel', name)} onClick={() => onChange({ ...labels, tags: labels.tags.filter((x) => x !== name) })}>×</button>
          </span>
        ))}
        <input value={tag} placeholder={t('addTag')} aria-label={t('addTag')} data-testid="tag-input" size={12} onChange={(e) => setTag(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addTag())} onBlur={addTag} />
      </div>
      <div className="label-row">
        <label>
          <strong>{t('topicTitle')}:</strong>{' '}
          <select data-testid="topic-choice" value={labels.topic ?? ''} onChange={(e) => onChange({ ...labels, topic: e.target.value || null })}>
            <option value="">{modelTopic ? t('topicFromModel', topicName(modelTopic)) : t('topicNone')}</option>
            {topics.filter((topic) => !topic.hidden || topic.id === labels.topic).map((topic) => <option key={topic.id} value={topic.id}>{topic.name}</option>)}
          </select>
        </label>
      </div>
      {mentions.length > 0 && (
        <p className="muted" data-testid="mentions">
          {t('personsNamed')}: {mentions.map((m) => `${persons.find((p) => p.id === m.personId)?.name ?? m.personId} (${m.title + m.body}×)`).join(', ')}
        </p>
      )}
    </section>
  );
}
