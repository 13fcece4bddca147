import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AlertsPanel } from '@/components/AlertsPanel';
import { BulkBar, type BulkAction } from '@/components/BulkBar';
import { LabelPanel } from '@/components/LabelPanel';
import { ClippingList } from '@/components/ClippingList';
import { ClippingReader } from '@/components/ClippingReader';
import { CoverageCharts } from '@/components/CoverageCharts';
import { DataTools, type DigestFormat, type ImportMode } from '@/components/DataTools';
import { FilterBar } from '@/components/FilterBar';
import { QueueProgress } from '@/components/QueueProgress';
import { ReclassifyBar } from '@/components/ReclassifyBar';
import { UndoBar } from '@/components/UndoBar';
import type { Tone } from '@/lib/classify/labels';
import { cancelRequeue, requeue, setToneOverride } from '@/lib/classify/queue';
import { download } from '@/lib/clip/download';
import { request } from '@/lib/clip/messages';
import {
  createBackup, findClippings, getClipping, hitsFor, listClippings, matchingCards, mergeBackup, moveToTrash, OFFICER, openDb, outletDomainsOf, parseBackup, readCards, restoreBackup, restoreFromTrash, rowsOf,
  type Clipping,
} from '@/lib/db';
import { coverageOfCards } from '@/lib/report/coverage';
import { reportCharts } from '@/components/report-charts';
import { changeLabels, labelsOfClipping, setClippingLabels, tagsInUse } from '@/lib/db/labels';
import { useLabelLists, useSuggestions } from '@/lib/db/live';
import { labelNames } from '@/lib/labels/names';
import type { Suggestion } from '@/lib/labels/suggest';
import { t, uiLocale } from '@/lib/i18n';
import { clippingsToCsv } from '@/lib/report/csv';
import { digestMarkdown, type DigestOptions } from '@/lib/report/digest';
import { digestDocx } from '@/lib/report/digest-docx';
import { digestHtml } from '@/lib/report/digest-html';
import { negativeSpikes, spikeName } from '@/lib/report/early-warning';
import { EMPTY_FILTER, reportPeriod, selectCards, type ClippingFilter } from '@/lib/report/filter';
import { logoProblem, type OfficeLogo } from '@/lib/report/logo';
import { filterOfView, saveView, withView, type SavedView } from '@/lib/report/views';
import { mergeSettings, readSettings, restoreSettings, type Settings } from '@/lib/clip/settings';
import { SavedViews } from '@/components/SavedViews';
import { storiesById } from '@/lib/report/stories';
import '@/components/styles.css';

const db = openDb();
const hrefOf = (id: number) => `#/c/${id}`;

function useHashRoute(): number | null {
  const read = () => Number(/^#\/c\/(\d+)$/.exec(location.hash)?.[1]) || null;
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return id;
}

/** The latest value that was not undefined. */
function useLastDefined<T>(value: T | undefined): T | undefined {
  const last = useRef(value);
  if (value !== undefined) last.current = value;
  return last.current;
}

/**
 * Rows read in full per step of the list (the virtual list keeps only the visible ones in the DOM). Each is
 * a separate IndexedDB read: at 50,000 clippings 500 of them took 0.2 s warm, minutes right after the
 * browser started (bench:report), so a step is kept short.
 */
const PAGE_SIZE = 200;
const today = () => new Date().toISOString().slice(0, 10);
const exportCsv = async (filter: ClippingFilter) => download(clippingsToCsv((await findClippings(db, filter, Infinity)).rows), 'text/csv;charset=utf-8', `kliping-${today()}.csv`);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The report of what the list shows: its filter and date range, or the last 24 hours without a range. */
async function digest(office: string, format: DigestFormat, filter: ClippingFilter, names: DigestOptions['names'], logo: OfficeLogo | null) {
  const now = new Date();
  const period = reportPeriod(filter, now);
  const matching = await matchingCards(db, period.filter);
  const recent = await rowsOf(db, matching);
  // The dashboard's charts for exactly these clippings, drawn as images for the HTML and Word reports.
  const charts = format === 'markdown' || !names ? [] : reportCharts(coverageOfCards(matching, period.filter), names, 'id');
  const options = { office: office || 'Humas', period: period.label, now, names, logo, charts };
  if (format === 'html') download(digestHtml(recent, options), 'text/html;charset=utf-8', `laporan-kliping-${today()}.html`);
  else if (format === 'docx') download(new Uint8Array(await digestDocx(recent, options)), DOCX_TYPE, `laporan-kliping-${today()}.docx`);
  else download(digestMarkdown(recent, options), 'text/markdown;charset=utf-8', `laporan-kliping-${today()}.md`);
}
const backup = async () => download(JSON.stringify(await createBackup(db, { ...(await readSettings()) })), 'application/json', `kliping-cadangan-${today()}.json`);
async function importBackup(text: string, mode: ImportMode): Promise<string> {
  const parsed = parseBackup(text); // throws an Indonesian reason; nothing is written before this passes
  if (mode === 'replace') {
    const restored = await restoreBackup(db, parsed);
    await restoreSettings(parsed.settings);
    return t('importRestored', String(restored));
  }
  await mergeSettings(parsed.settings);
  const report = await mergeBackup(db, parsed);
  void request('drain', {}); // newly added clippings without a classification join the queue
  return t('importMerged', [String(report.added), String(report.merged), String(report.skipped)]);
}

function useSettings(): [Settings, (patch: Partial<Settings>) => void, () => void] {
  const [settings, setSettings] = useState<Settings>({ officeName: '', officeLogo: null, savedViews: [] });
  const reload = useCallback(() => void readSettings().then(setSettings), []);
  useEffect(reload, [reload]);
  const update = (patch: Partial<Settings>) => {
    setSettings((before) => ({ ...before, ...patch }));
    void browser.storage.local.set(patch);
  };
  return [settings, update, reload];
}

/** Reads an image file as a data URL with its pixel size (for the report's proportions). */
async function logoOf(file: File): Promise<OfficeLogo> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  return { dataUrl, width: image.naturalWidth, height: image.naturalHeight };
}

function ClippingsPage() {
  const openId = useHashRoute();
  const [settings, updateSettings, reloadSettings] = useSettings();
  const office = settings.officeName;
  const chooseLogo = async (file: File | null): Promise<string | null> => {
    if (!file) return (updateSettings({ officeLogo: null }), null);
    const problem = logoProblem(file.type, file.size);
    if (problem) return t(problem.key, problem.arg);
    try {
      updateSettings({ officeLogo: await logoOf(file) });
      return null;
    } catch {
      return t('officeLogoWrongType');
    }
  };
  const applyView = (view: SavedView) => changeFilter(filterOfView(view));
  const storeView = (name: string) => updateSettings({ savedViews: withView(settings.savedViews, saveView(name, filter)) });
  const dropView = (name: string) => updateSettings({ savedViews: settings.savedViews.filter((v) => v.name !== name) });
  const [trashed, setTrashed] = useState<Clipping | null>(null);
  const [filter, setFilter] = useState<ClippingFilter>(EMPTY_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const changeFilter = useCallback((next: ClippingFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  }, []);
  // The office's programmes, persons and taxonomy, and how charts, alerts and reports name them.
  const lists = useLabelLists(db);
  const tags = useLiveQuery(() => tagsInUse(db), []) ?? [];
  const programmeById = useMemo(() => new Map(lists.programmes.map((p) => [p.id, p])), [lists.programmes]);
  const names = useMemo(() => labelNames(lists.programmes, lists.persons, lists.topics), [lists]);
  // Every clipping's card, held in memory (a few MB at 50,000 clippings) and re-read when any clipping
  // changes: filters, counts, order and charts are computed here without waiting on IndexedDB. Only the
  // text query goes to the search index, and only the shown rows are read in full.
  const cards = useLiveQuery(() => readCards(db), []);
  const waiting = useMemo(() => (cards ?? []).filter((card) => card.status === 'pending' && !card.trashed).length, [cards]);
  const hits = useLiveQuery(async () => ({ query: filter.query, ids: await hitsFor(db, filter) }), [filter.query]);
  const selection = useMemo(
    () => (cards && hits?.query === filter.query ? { filter, cards: selectCards(cards, filter, hits.ids) } : undefined),
    [cards, hits, filter],
  );
  const rows = useLiveQuery(async () => (selection ? rowsOf(db, selection.cards.slice(0, limit)) : undefined), [selection, limit]);
  // While a new query's hits or rows are read, the list keeps showing the last answer instead of blinking.
  const page = useLastDefined(selection && rows ? { rows, total: selection.cards.length } : undefined);
  const listShown = page !== undefined;
  const outlets = useMemo(() => (cards ? outletDomainsOf(cards) : []), [cards]);
  // The charts wait for the list to paint.
  const charted = useDeferredValue(selection, undefined);
  const coverage = useMemo(() => charted && coverageOfCards(charted.cards, charted.filter), [charted]);
  const allClippings = page?.rows;
  // Early warning from the same cards, once the list has painted.
  const spikes = useMemo(() => (listShown && cards ? negativeSpikes(cards, Date.now()) : []), [listShown, cards]);
  const alerts = spikes.map((spike) => ({ ...spike, id: `${spike.kind}:${spike.key}`, name: spikeName(spike, uiLocale(), names) }));
  // Grouping waits for the list to paint (also the first time): it may hash hundreds of new rows.
  const deferredRows = useDeferredValue(allClippings, undefined);
  const stories = useMemo(() => storiesById(deferredRows ?? []), [deferredRows]);
  // An alert or a story narrows the list to its clippings (which may be older than the list's first page).
  const [focus, setFocus] = useState<{ label: string; ids: number[] } | null>(null);
  const focused = useLiveQuery(async () => (focus ? (await db.clippings.bulkGet(focus.ids)).filter((c): c is Clipping => c !== undefined && c.deletedAt === null) : null), [focus]);
  const clippings = focus ? (focused ?? undefined) : allClippings;
  const showAlert = (alertId: string) => {
    const alert = alerts.find((a) => a.id === alertId);
    if (alert) setFocus({ label: t('alertFocus', alert.name), ids: alert.ids });
  };
  const showStory = (clipping: Clipping) => setFocus({ label: t('storyFocus', clipping.title), ids: stories.get(clipping.id)?.ids ?? [clipping.id] });
  const open = useLiveQuery(() => (openId ? getClipping(db, openId) : undefined), [openId]);
  const suggestions = useSuggestions(db, open, [open, lists]);
  // The report names programmes by code and name ("MBG · Makan Bergizi Gratis").
  const digestNames = useMemo(
    () => ({ ...names, programme: (id: string) => (programmeById.get(id) ? `${programmeById.get(id)!.code} · ${programmeById.get(id)!.name}` : id) }),
    [programmeById, names],
  );

  const acceptSuggestion = async (clipping: Clipping, suggestion: Suggestion) => {
    if (suggestion.group === 'tone') return correct(clipping)(suggestion.value as Tone);
    const current = labelsOfClipping(clipping);
    await setClippingLabels(db, clipping.id, suggestion.group === 'topic' ? { ...current, topic: suggestion.value } : { ...current, programmes: [...current.programmes, suggestion.value] });
  };

  // Bulk tagging: ticked rows of the list.
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const toggle = (clipping: Clipping) =>
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(clipping.id)) next.add(clipping.id);
      return next;
    });
  const bulk = async (action: BulkAction) => {
    const ids = [...selected];
    if (action.kind === 'tone') {
      await setToneOverride(db, ids, action.tone, OFFICER);
      void request('drain', {});
    } else if (action.kind === 'add-programme') await changeLabels(db, ids, { addProgrammes: [action.programme] });
    else if (action.kind === 'remove-programme') await changeLabels(db, ids, { removeProgrammes: [action.programme] });
    else if (action.kind === 'add-tag') await changeLabels(db, ids, { addTags: [action.tag] });
    else if (action.kind === 'remove-tag') await changeLabels(db, ids, { removeTags: [action.tag] });
  };

  const remove = async (clipping: Clipping) => {
    await moveToTrash(db, clipping.id);
    setTrashed(clipping);
    if (openId === clipping.id) location.hash = '';
  };
  const undo = async () => {
    if (trashed) await restoreFromTrash(db, trashed.id);
    setTrashed(null);
  };
  const expire = useCallback(() => setTrashed(null), []);

  const [rerun, setRerun] = useState<number[] | null>(null);
  const rerunDone = useLiveQuery(
    async () => (rerun ? rerun.length - (await db.clippings.where('id').anyOf(rerun).filter((c) => c.status === 'pending').count()) : 0),
    [rerun],
  );
  useEffect(() => {
    if (rerun && rerunDone === rerun.length) setRerun(null);
  }, [rerun, rerunDone]);
  const startRerun = async () => {
    const ids = (await listClippings(db, Infinity)).map((c) => c.id);
    await requeue(db, ids);
    setRerun(ids);
    void request('drain', {});
  };
  const cancelRerun = async () => {
    if (rerun) await cancelRequeue(db, rerun);
    setRerun(null);
  };
  const correct = (clipping: Clipping) => async (tone: Tone) => {
    await setToneOverride(db, clipping.id, tone, OFFICER);
    void request('drain', {}); // the background recomputes the early-warning badge when the queue settles
  };

  let content;
  if (openId) {
    content = open ? (
      <ClippingReader
        clipping={open}
        backHref="#"
        onDelete={remove}
        onCorrectTone={correct(open)}
        labels={
          <LabelPanel
            labels={labelsOfClipping(open)}
            modelTopic={open.classification?.topic?.label ?? null}
            suggestions={suggestions}
            programmes={lists.programmes}
            topics={lists.topics}
            persons={lists.persons}
            mentions={open.mentions ?? []}
            onAccept={(s) => void acceptSuggestion(open, s)}
            onChange={(next) => void setClippingLabels(db, open.id, next)}
          />
        }
      />
    ) : (
      <p className="muted" data-testid="not-found">{open === undefined && clippings ? t('notFound') : t('reading')}</p>
    );
  } else
    content = clippings && (
      <ClippingList clippings={clippings} hrefOf={hrefOf} onDelete={remove} stories={stories} onShowStory={showStory} programmes={programmeById} selected={selected} onToggle={toggle} />
    );

  return (
    <div className="page">
      <header>
        <h1>{t('clippingsTitle')}</h1>
        <span className="muted">
          {clippings && <span data-testid="clippings-count">{t('clippingsCount', String(focus ? clippings.length : (page?.total ?? 0)))}</span>} ·{' '}
          <a href={browser.runtime.getURL('/options.html')}>{t('openSettings')}</a>
        </span>
      </header>
      {!openId && clippings && clippings.length > 0 && (
        <ReclassifyBar progress={rerun ? { done: rerunDone ?? 0, total: rerun.length } : null} onStart={startRerun} onCancel={cancelRerun} />
      )}
      {!openId && !rerun && <QueueProgress waiting={waiting} />}
      {!openId && <AlertsPanel alerts={alerts} onShow={showAlert} />}
      {!openId && focus && (
        <p className="notice info" data-testid="focus">
          {t('focusShowing', [String(focused?.length ?? focus.ids.length), focus.label])}{' '}
          <button type="button" className="link" onClick={() => setFocus(null)}>{t('showAll')}</button>
        </p>
      )}
      {!openId && !focus && <SavedViews views={settings.savedViews} onApply={applyView} onSave={storeView} onDelete={dropView} />}
      {!openId && !focus && (
        <FilterBar
          filter={filter}
          onChange={changeFilter}
          outlets={outlets}
          programmes={lists.programmes.map((p) => [p.id, `${p.code} · ${p.name}`])}
          persons={lists.persons.map((p) => [p.id, p.name])}
          tags={tags}
          topics={lists.topics.length ? lists.topics.filter((topic) => !topic.hidden).map((topic) => [topic.id, topic.name]) : undefined}
        />
      )}
      {!openId && !focus && coverage && <CoverageCharts coverage={coverage} names={names} onSelect={(patch) => changeFilter({ ...filter, ...patch })} />}
      {!openId && clippings && clippings.length > 0 && (
        <BulkBar count={selected.size} programmes={lists.programmes} onAction={(action) => void bulk(action)} onSelectAll={() => setSelected(new Set(clippings.map((c) => c.id)))} onClear={() => setSelected(new Set())} />
      )}
      {content}
      {!openId && !focus && page && page.rows.length < page.total && (
        <button type="button" data-testid="show-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>{t('showMore', String(Math.min(PAGE_SIZE, page.total - page.rows.length)))}</button>
      )}
      {!openId && (
        <DataTools
          office={office}
          onOfficeChange={(officeName) => updateSettings({ officeName })}
          logo={settings.officeLogo?.dataUrl ?? null}
          onLogo={chooseLogo}
          onDigest={(format) => void digest(office, format, filter, digestNames, settings.officeLogo)}
          onExportCsv={() => void exportCsv(filter)}
          onBackup={() => void backup()}
          onImport={async (text, mode) => {
            const message = await importBackup(text, mode);
            reloadSettings();
            return message;
          }}
        />
      )}
      {trashed && <UndoBar message={t('movedToTrash')} onUndo={undo} onExpire={expire} />}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ClippingsPage />
  </StrictMode>,
);
