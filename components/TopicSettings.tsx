import { t } from '@/lib/i18n';
import type { Topic, TopicEdit } from '@/lib/labels/topics';
import { splitList } from './ProgrammeSettings';

/** The government topic taxonomy: rename, add keywords that suggest a topic, hide from lists. */
export function TopicSettings({ topics, onEdit }: { topics: Topic[]; onEdit: (edit: TopicEdit) => void }) {
  return (
    <section className="settings-section" data-testid="topic-settings">
      <h2>{t('topicsTitle')}</h2>
      <p className="muted">{t('topicsHelp')}</p>
      <table className="topics">
        <thead>
          <tr><th>{t('topicName')}</th><th>{t('topicKeywords')}</th><th>{t('topicHidden')}</th></tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} data-testid="topic-row">
              <td>
                <input defaultValue={topic.name} aria-label={t('topicName')} onBlur={(e) => e.target.value.trim() && e.target.value !== topic.name && onEdit({ id: topic.id, name: e.target.value.trim() })} />
                <br />
                <small className="muted">{topic.id} · {topic.description}</small>
              </td>
              <td>
                <input defaultValue={topic.keywords.join('; ')} size={30} aria-label={t('topicKeywords')} data-testid="topic-keywords" onBlur={(e) => onEdit({ id: topic.id, keywords: splitList(e.target.value) })} />
              </td>
              <td>
                <input type="checkbox" checked={topic.hidden} aria-label={t('topicHidden')} onChange={(e) => onEdit({ id: topic.id, hidden: e.target.checked })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
