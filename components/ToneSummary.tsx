import type { ClippingPrediction } from '@/lib/classify/engine';
import { TONES, type Tone } from '@/lib/classify/labels';
import { topicName } from '@/lib/classify/taxonomy';
import { confidenceWord, effectiveTone, type Prediction, type ToneOverride } from '@/lib/classify/tone';
import { t, uiLocale, type MessageKey } from '@/lib/i18n';

const toneWord = (tone: Tone) => t(`tone_${tone}` as MessageKey);
const sure = (p: Prediction) => t(confidenceWord(p.score) === 'yakin' ? 'confident' : 'notConfident');

interface Props {
  prediction: ClippingPrediction | null;
  override: ToneOverride | null;
  /** Shown instead of predictions while there are none (classifying, or why not). */
  status?: string | null;
  onCorrect?: (tone: Tone) => void;
}

/** Headline and body tone with confidence in words, topic, and one-click correction of the tone. */
export function ToneSummary({ prediction, override, status, onCorrect }: Props) {
  const overall = effectiveTone(prediction?.overall ?? null, override);
  return (
    <div className="tone-summary" data-testid="tone-summary">
      {prediction ? (
        <dl>
          {prediction.headline && (
            <div data-testid="tone-headline">
              <dt>{t('toneHeadline')}</dt>
              <dd className={`tone ${prediction.headline.label}`}>{toneWord(prediction.headline.label)} <small>({sure(prediction.headline)})</small></dd>
            </div>
          )}
          {prediction.body && (
            <div data-testid="tone-body">
              <dt>{t('toneBody')}</dt>
              <dd className={`tone ${prediction.body.label}`}>{toneWord(prediction.body.label)} <small>({sure(prediction.body)})</small></dd>
            </div>
          )}
          {prediction.topic && (
            <div data-testid="topic">
              <dt>{t('topic')}</dt>
              <dd>{topicName(prediction.topic.label, uiLocale())} <small>({sure(prediction.topic)})</small></dd>
            </div>
          )}
        </dl>
      ) : (
        status && <p className="muted" data-testid="classification-status">{status}</p>
      )}
      {overall.source === 'officer' && (
        <p data-testid="tone-override">
          {t('toneOverall')}: <strong>{toneWord(overall.tone!)}</strong> <small>({t('correctedByOfficer')})</small>
        </p>
      )}
      {onCorrect && (
        <div className="tone-correct">
          {t('correctTone')}{' '}
          {TONES.map((tone) => (
            <button
              key={tone}
              type="button"
              data-testid={`correct-${tone}`}
              aria-pressed={overall.tone === tone}
              className={overall.tone === tone ? 'selected' : ''}
              onClick={() => onCorrect(tone)}
            >
              {toneWord(tone)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
