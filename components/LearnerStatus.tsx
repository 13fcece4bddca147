import { t } from '@/lib/i18n';
import type { LabelGroup, LearnerModel } from '@/lib/labels/learner';

interface Props {
  learner: { model: LearnerModel; trainedAt: number; trainMs: number } | null;
}

const GROUPS: LabelGroup[] = ['programme', 'tone', 'topic'];

/** How well the officer's own model does, measured on labels it was not trained on. */
export function LearnerStatus({ learner }: Props) {
  return (
    <section className="settings-section" data-testid="learner-status">
      <h2>{t('learnerTitle')}</h2>
      <p className="muted">{t('learnerHelp')}</p>
      {!learner ? (
        <p data-testid="learner-empty">{t('learnerEmpty')}</p>
      ) : (
        <>
          <p>{t('learnerTrained', [String(learner.model.examples), new Date(learner.trainedAt).toLocaleString(), String(Math.round(learner.trainMs))])}</p>
          <ul>
            {GROUPS.map((group) => {
              const measured = learner.model.accuracy[group];
              return (
                <li key={group} data-testid={`learner-${group}`}>
                  {t(`learnerGroup_${group}`)}:{' '}
                  {measured ? t('learnerAccuracy', [String(Math.round(measured.accuracy * 100)), String(measured.tested)]) : t('learnerNotEnough')}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
