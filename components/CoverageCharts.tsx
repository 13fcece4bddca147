import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { TONES, type Tone } from '@/lib/classify/labels';
import { topicName } from '@/lib/classify/taxonomy';
import { t, uiLocale } from '@/lib/i18n';
import { dayRange, type Coverage } from '@/lib/report/coverage';
import type { ClippingFilter } from '@/lib/report/filter';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const TONE_COLOURS: Record<Tone, string> = { negatif: '#b3261e', netral: '#8a8f98', positif: '#1b7f3b' };
const BAR = '#1a4d8f';
const TOP = 10;

interface Props {
  coverage: Coverage;
  /** A click on a bar narrows the list: the filter fields that bar stands for. */
  onSelect: (patch: Partial<ClippingFilter>) => void;
  /** Display names of programme and person ids. */
  names?: ChartNames;
}

/** One Chart.js canvas, rebuilt when its configuration changes; `onPick` gets the clicked bar. */
function BarChart({ config, testId, label, onPick }: { config: ChartConfiguration<'bar'>; testId: string; label: string; onPick: (index: number, dataset: number | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      ...config,
      options: {
        ...config.options,
        animation: false,
        maintainAspectRatio: false,
        onClick: (event, _elements, self) => {
          // The bar under the pointer (and its stack segment); else the nearest bar along the category axis.
          const [hit] = self.getElementsAtEventForMode(event as unknown as Event, 'nearest', { intersect: true }, false);
          const [near] = hit ? [hit] : self.getElementsAtEventForMode(event as unknown as Event, 'nearest', { intersect: false, axis: config.options?.indexAxis === 'y' ? 'y' : 'x' }, false);
          if (near) pick.current(near.index, hit ? hit.datasetIndex : null);
        },
      },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} data-testid={testId} role="img" aria-label={label} />
      </div>
    </figure>
  );
}

const dayLabel = (day: string) => new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'short' }).format(dayRange(day)[0]);

function ranking(entries: Array<[string, number]>, name: (key: string) => string): ChartConfiguration<'bar'> {
  const top = entries.slice(0, TOP);
  return {
    type: 'bar',
    data: { labels: top.map(([key]) => name(key)), datasets: [{ data: top.map(([, n]) => n), backgroundColor: BAR }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

const IDS_AS_NAMES = { programme: (id: string) => id, person: (id: string) => id };
export type ChartNames = { programme: (id: string) => string; person: (id: string) => string; topic?: (id: string) => string };

/** Every chart's Chart.js configuration, for the dashboard and for the exported report's images. */
export function chartConfigs(coverage: Coverage, names: ChartNames, locale: string) {
  return {
    tone: {
      type: 'bar',
      data: {
        labels: coverage.days.map(dayLabel),
        datasets: TONES.map((tone) => ({ label: t(`tone_${tone}`), data: coverage.toneByDay[tone], backgroundColor: TONE_COLOURS[tone], maxBarThickness: 48 })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    } satisfies ChartConfiguration<'bar'> as ChartConfiguration<'bar'>,
    topics: ranking(coverage.topics, names.topic ?? ((id) => topicName(id, locale))),
    outlets: ranking(coverage.outlets, (domain) => domain),
    types: ranking(coverage.outletTypes, (type) => type),
    programmes: ranking(coverage.programmes, names.programme),
    persons: ranking(coverage.persons, names.person),
  };
}

/** The dashboard: tone per day (stacked), topics, outlets and outlet types, programmes, persons; every bar filters the list. */
export function CoverageCharts({ coverage, onSelect, names = IDS_AS_NAMES }: Props) {
  const locale = uiLocale();
  const configs = useRef<{ coverage: Coverage; names: ChartNames; charts: ReturnType<typeof chartConfigs> } | null>(null);
  if (configs.current?.coverage !== coverage || configs.current.names !== names) {
    configs.current = { coverage, names, charts: chartConfigs(coverage, names, locale) };
  }
  const c = configs.current.charts;
  if (!coverage.days.length && !coverage.topics.length) return null;
  const day = (index: number) => {
    const [from, to] = dayRange(coverage.days[index]!);
    return { from, to };
  };
  return (
    <details className="dashboard" data-testid="dashboard" open>
      <summary>{t('dashboardTitle')}</summary>
      <div className="charts">
        <BarChart config={c.tone} testId="chart-tone" label={t('chartToneByDay')} onPick={(i, dataset) => onSelect({ ...day(i), ...(dataset === null ? {} : { tones: [TONES[dataset]!] }) })} />
        <BarChart config={c.topics} testId="chart-topics" label={t('chartTopics')} onPick={(i) => onSelect({ topics: [coverage.topics[i]![0]] })} />
        <BarChart config={c.outlets} testId="chart-outlets" label={t('chartOutlets')} onPick={(i) => onSelect({ outlets: [coverage.outlets[i]![0]] })} />
        <BarChart config={c.types} testId="chart-outlet-types" label={t('chartOutletTypes')} onPick={(i) => onSelect({ outletTypes: [coverage.outletTypes[i]![0]] })} />
        {coverage.programmes.length > 0 && (
          <BarChart config={c.programmes} testId="chart-programmes" label={t('chartProgrammes')} onPick={(i) => onSelect({ programmes: [coverage.programmes[i]![0]] })} />
        )}
        {coverage.persons.length > 0 && (
          <BarChart config={c.persons} testId="chart-persons" label={t('chartPersons')} onPick={(i) => onSelect({ persons: [coverage.persons[i]![0]] })} />
        )}
      </div>
    </details>
  );
}
