import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClipPreview } from '@/components/ClipPreview';
import { NotArticle } from '@/components/NotArticle';
import { Notice } from '@/components/Notice';
import type { SaveState } from '@/components/SaveControls';
import { request, type PreviewResponse } from '@/lib/clip/messages';
import type { ExtractedArticle } from '@/lib/extract';
import { t } from '@/lib/i18n';
import '@/components/styles.css';

const clippingHref = (id: number) => browser.runtime.getURL(`/clippings.html#/c/${id}`);

/** The tab to clip: `?tabId=` when the popup is opened as a page (tests, "open in window"), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type Preview = PreviewResponse | { kind: 'error'; message: string };

function Popup() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ phase: 'idle' });

  useEffect(() => {
    targetTabId()
      .then((tabId) => (tabId === undefined ? Promise.reject(new Error(t('unreachableTitle'))) : request('preview', { tabId })))
      .then(setPreview, (error: Error) => setPreview({ kind: 'error', message: error.message }));
  }, []);

  const save = async (article: ExtractedArticle, note: string) => {
    setSaveState({ phase: 'saving' });
    try {
      const saved = await request('save', { article, note, clipSource: 'popup' });
      if (saved.status === 'duplicate' && preview?.kind === 'captured') setPreview({ ...preview, existingId: saved.id });
      setSaveState(saved.status === 'saved' ? { phase: 'saved', id: saved.id } : { phase: 'idle' });
    } catch (error) {
      setSaveState({ phase: 'error', message: (error as Error).message });
    }
  };

  const body = (() => {
    if (!preview) return <p className="muted" data-testid="reading">{t('reading')}</p>;
    if (preview.kind !== 'captured')
      return <Notice testId="unreachable" tone="bad" title={t('unreachableTitle')} message={preview.message} />;
    const { capture, existingId } = preview;
    if (!capture.result.ok)
      return (
        <NotArticle
          message={capture.result.message}
          bookmark={capture.bookmark}
          selection={capture.selection}
          saveState={saveState}
          savedHref={clippingHref}
          onSave={save}
        />
      );
    return (
      <ClipPreview
        article={capture.result.article}
        selection={capture.selection}
        existingHref={existingId === null ? null : clippingHref(existingId)}
        saveState={saveState}
        savedHref={clippingHref}
        onSave={save}
      />
    );
  })();

  return (
    <main className="popup">
      {body}
      <p>
        <a href={browser.runtime.getURL('/clippings.html')} target="_blank" rel="noopener" data-testid="all-clippings">
          {t('allClippings')}
        </a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
