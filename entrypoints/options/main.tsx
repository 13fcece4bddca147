import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ModelSettings, type ModelLoadState } from '@/components/ModelSettings';
import { readModelChoice, writeModelChoice } from '@/lib/classify/model-choice';
import { MODEL_PROGRESS } from '@/lib/classify/offscreen';
import type { LoadProgress } from '@/lib/classify/protocol';
import { invalidChoice, originOf, removeCachedModel, type ModelChoice } from '@/lib/classify/registry';
import { request } from '@/lib/clip/messages';
import { openDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import '@/components/styles.css';

const db = openDb();

function SettingsPage() {
  const [active, setActive] = useState<ModelChoice | null>(null);
  const [state, setState] = useState<ModelLoadState>({ phase: 'idle' });
  const usage = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.clippings.where('status').equals('done').each((c) => {
      const model = c.classification?.model.tone ?? '?';
      counts.set(model, (counts.get(model) ?? 0) + 1);
    });
    return [...counts].map(([model, count]) => ({ model, count }));
  }, []);

  useEffect(() => {
    void readModelChoice().then(setActive);
    const onProgress = (message: unknown) => {
      const m = message as { type?: string; progress?: LoadProgress };
      if (m?.type === MODEL_PROGRESS) setState((s) => (s.phase === 'loading' ? { phase: 'loading', progress: m.progress ?? null } : s));
    };
    browser.runtime.onMessage.addListener(onProgress);
    return () => browser.runtime.onMessage.removeListener(onProgress);
  }, []);

  const use = async (choice: ModelChoice) => {
    const invalid = invalidChoice(choice);
    if (invalid) return setState({ phase: 'error', message: invalid });
    const origin = originOf(choice);
    // The download happens only after the officer allowed this one origin.
    if (origin && !(await browser.permissions.request({ origins: [origin] })))
      return setState({ phase: 'error', message: t('modelPermissionDenied', origin) });
    setState({ phase: 'loading', progress: null });
    try {
      const info = await request('model-load', { choice });
      await writeModelChoice(choice);
      setActive(choice);
      setState({ phase: 'loaded', info });
    } catch (error) {
      setState({ phase: 'error', message: (error as Error).message });
    }
  };
  const remove = async () => {
    if (active) await removeCachedModel(active).catch(() => 0);
    await writeModelChoice({ kind: 'bundled' });
    setActive({ kind: 'bundled' });
    setState({ phase: 'idle' });
  };

  return (
    <div className="page">
      <header>
        <h1>{t('settingsTitle')}</h1>
      </header>
      {active && <ModelSettings active={active} usage={usage ?? []} state={state} onUse={use} onRemove={remove} />}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsPage />
  </StrictMode>,
);
