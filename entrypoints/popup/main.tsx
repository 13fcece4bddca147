import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClipPreview } from '@/components/ClipPreview';
import { NotArticle } from '@/components/NotArticle';
import { Notice } from '@/components/Notice';
import { LabelPanel } from '@/components/LabelPanel';
import { ToneSummary } from '@/components/ToneSummary';
import type { ClippingPrediction } from '@/lib/classify/engine';
import type { Tone } from '@/lib/classify/labels';
import type { SaveState } from '@/components/SaveControls';
import { request, type PreviewResponse } from '@/lib/clip/messages';
import type { ExtractedArticle } from '@/lib/extract';
import { OFFICER } from '@/lib/db/clippings';
import { openDb } from '@/lib/db';
import { setClippingLabels, type ClippingLabels } from '@/lib/db/labels';
import { useLabelLists, useSuggestions } from '@/lib/db/live';
import { detectMentions, personMatcher } from '@/lib/labels/detect';
import type { Suggestion } from '@/lib/labels/suggest';
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
const db = openDb();
const NO_LABELS: ClippingLabels = { programmes: [], tags: [], topic: null };

function Popup() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ phase: 'idle' });
  const [prediction, setPrediction] = useState<ClippingPrediction | null>(null);
  const [predictionStatus, setPredictionStatus] = useState<string>(t('classifying'));
  const [override, setOverride] = useState<Tone | null>(null);
  const [labels, setLabels] = useState<ClippingLabels>(NO_LABELS);
  const lists = useLabelLists(db);
  const article = preview?.kind === 'captured' && preview.capture.result.ok && preview.existingId === null ? preview.capture.result.article : null;
  const mentions = useMemo(() => (article ? detectMentions(personMatcher(lists.persons), article.title, article.text) : []), [article, lists.persons]);
  // Suggestions follow what the officer already chose (and the model's tone and topic once known).
  const suggestions = useSuggestions(
    db,
    article && {
      // Once saved, the clipping is in the database and must not count as its own neighbour.
      id: saveState.phase === 'saved' ? saveState.id : undefined,
      title: article.title, text: article.text, publishedAt: article.publishedAt, programmes: labels.programmes, classification: prediction,
      toneOverride: override ? { tone: override, by: OFFICER, at: 0 } : null, topicOverride: labels.topic ? { topic: labels.topic, by: OFFICER, at: 0 } : null,
    },
    [article, labels, prediction, override, lists, saveState],
  );

  useEffect(() => {
    targetTabId()
      .then((tabId) => (tabId === undefined ? Promise.reject(new Error(t('unreachableTitle'))) : request('preview', { tabId })))
      .then(
        (answer) => {
          setPreview(answer);
          // Tone and topic are computed while the officer reads the preview, so they show within a second or two.
          if (answer.kind === 'captured' && answer.capture.result.ok) {
            const { title, text } = answer.capture.result.article;
            request('classify', { input: { title, text } }).then(setPrediction, (error: Error) =>
              setPredictionStatus(t('notClassified', error.message)),
            );
          }
        },
        (error: Error) => setPreview({ kind: 'error', message: error.message }),
      );
  }, []);

  const correct = (tone: Tone) => {
    setOverride(tone);
    if (saveState.phase === 'saved') void request('override', { id: saveState.id, tone });
  };
  const changeLabels = (next: ClippingLabels) => {
    setLabels(next);
    if (saveState.phase === 'saved') void setClippingLabels(db, saveState.id, next);
  };
  const accept = (suggestion: Suggestion) => {
    if (suggestion.group === 'tone') correct(suggestion.value as Tone);
    else if (suggestion.group === 'topic') changeLabels({ ...labels, topic: suggestion.value });
    else changeLabels({ ...labels, programmes: [...labels.programmes, suggestion.value] });
  };

  const save = async (article: ExtractedArticle, note: string) => {
    setSaveState({ phase: 'saving' });
    try {
      // A quote or bookmark is classified by the queue; the preview's prediction belongs to the whole article.
      const classification = article.kind === 'article' ? prediction : null;
      const saved = await request('save', { article, note, clipSource: 'popup', classification, toneOverride: override, ...labels });
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
      <>
        <ClipPreview
          article={capture.result.article}
          selection={capture.selection}
          existingHref={existingId === null ? null : clippingHref(existingId)}
          saveState={saveState}
          savedHref={clippingHref}
          onSave={save}
        />
        {existingId === null && (
          <ToneSummary
            prediction={prediction}
            override={override ? { tone: override, by: OFFICER, at: Date.now() } : null}
            status={predictionStatus}
            onCorrect={correct}
          />
        )}
        {existingId === null && (
          <LabelPanel
            labels={labels}
            modelTopic={prediction?.topic?.label ?? null}
            suggestions={suggestions}
            programmes={lists.programmes}
            topics={lists.topics}
            persons={lists.persons}
            mentions={mentions}
            onAccept={accept}
            onChange={changeLabels}
          />
        )}
      </>
    );
  })();

  return (
    <main className="popup">
      {body}
      <p>
        <a href={browser.runtime.getURL('/clippings.html')} target="_blank" rel="noopener" data-testid="all-clippings">
          {t('allClippings')}
        </a>{' '}
        · <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">{t('openSettings')}</a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
