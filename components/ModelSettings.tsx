import { useState } from 'react';
import type { LoadProgress, ModelInfo } from '@/lib/classify/protocol';
import type { ModelChoice } from '@/lib/classify/registry';
import { t } from '@/lib/i18n';

export type ModelLoadState =
  | { phase: 'idle' }
  | { phase: 'loading'; progress: LoadProgress | null }
  | { phase: 'loaded'; info: ModelInfo }
  | { phase: 'error'; message: string };

interface Props {
  active: ModelChoice;
  usage: Array<{ model: string; count: number }>;
  state: ModelLoadState;
  onUse: (choice: ModelChoice) => void;
  onRemove: () => void;
}

const describe = (choice: ModelChoice) =>
  choice.kind === 'bundled' ? t('modelBundled') : choice.kind === 'hub' ? `Hugging Face: ${choice.toneId}` : `${choice.baseUrl} → ${choice.toneId}`;

function parseLabelMap(text: string): Record<string, string> | undefined {
  const pairs = text.split(/[,;\n]/).map((p) => p.split('=').map((s) => s.trim())).filter((p) => p.length === 2 && p[0] && p[1]);
  return pairs.length ? Object.fromEntries(pairs) : undefined;
}

/** Which model classifies: bundled (default), an intranet mirror, or an opted-in Hub download. */
export function ModelSettings({ active, usage, state, onUse, onRemove }: Props) {
  const [kind, setKind] = useState<ModelChoice['kind']>(active.kind);
  const [baseUrl, setBaseUrl] = useState(active.kind === 'mirror' ? active.baseUrl : '');
  const [toneId, setToneId] = useState(active.kind === 'bundled' ? '' : active.toneId);
  const [topicId, setTopicId] = useState(active.kind === 'bundled' ? '' : (active.topicId ?? ''));
  const [labelMap, setLabelMap] = useState('');
  const choice = (): ModelChoice =>
    kind === 'bundled'
      ? { kind }
      : kind === 'hub'
        ? { kind, toneId: toneId.trim(), topicId: topicId.trim() || null, labelMap: parseLabelMap(labelMap) }
        : { kind, baseUrl: baseUrl.trim(), toneId: toneId.trim(), topicId: topicId.trim() || null, labelMap: parseLabelMap(labelMap) };
  const progress = state.phase === 'loading' ? state.progress : null;
  return (
    <section data-testid="model-settings">
      <h2>{t('modelSection')}</h2>
      <p data-testid="model-active">{t('modelActive', describe(active))}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onUse(choice());
        }}
      >
        {(['bundled', 'mirror', 'hub'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="kind" value={option} checked={kind === option} onChange={() => setKind(option)} data-testid={`model-kind-${option}`} />{' '}
            {t(option === 'bundled' ? 'modelBundled' : option === 'mirror' ? 'modelMirror' : 'modelHub')}
          </label>
        ))}
        {kind === 'mirror' && (
          <label>
            {t('modelBaseUrl')}
            <input data-testid="model-base-url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://intranet.kalselprov.go.id/models/" />
          </label>
        )}
        {kind !== 'bundled' && (
          <>
            <label>
              {t('modelToneId')}
              <input data-testid="model-tone-id" value={toneId} onChange={(e) => setToneId(e.target.value)} />
            </label>
            <label>
              {t('modelTopicId')}
              <input data-testid="model-topic-id" value={topicId} onChange={(e) => setTopicId(e.target.value)} />
            </label>
            <label>
              {t('modelLabelMap')}
              <input data-testid="model-label-map" value={labelMap} onChange={(e) => setLabelMap(e.target.value)} />
            </label>
          </>
        )}
        <div className="actions">
          <button className="primary" type="submit" data-testid="model-use" disabled={state.phase === 'loading'}>{t('modelUse')}</button>
          {active.kind !== 'bundled' && <button type="button" data-testid="model-remove" onClick={onRemove}>{t('modelRemove')}</button>}
        </div>
      </form>
      {state.phase === 'loading' && (
        <div data-testid="model-progress">
          {t('modelLoading', progress?.file ? `${progress.file} ${Math.round(progress.progress ?? 0)}% (${Math.round((progress.loaded ?? 0) / 1024)} / ${Math.round((progress.total ?? 0) / 1024)} KB)` : '')}
          <div className="progress"><div style={{ width: `${progress?.progress ?? 0}%` }} /></div>
        </div>
      )}
      {state.phase === 'loaded' && (
        <div className="notice ok" data-testid="model-loaded">
          {t('modelLoaded', [
            state.info.tone.id,
            state.info.tone.labels.join(', '),
            String(Math.round(state.info.loadMs)),
            (state.info.bytes / 2 ** 20).toFixed(1),
          ])}
        </div>
      )}
      {state.phase === 'error' && <div className="notice bad" data-testid="model-error">{t('modelRefused', state.message)}</div>}
      <h3>{t('modelUsage')}</h3>
      <ul data-testid="model-usage">
        {usage.map(({ model, count }) => (
          <li key={model}>{t('modelUsageRow', [model, String(count)])}</li>
        ))}
      </ul>
    </section>
  );
}
