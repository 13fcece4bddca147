import { Chart, type ChartConfiguration } from 'chart.js';
import type { Coverage } from '@/lib/report/coverage';
import type { ReportChart } from '@/lib/report/digest';
import { chartConfigs, type ChartNames } from './CoverageCharts';

const WIDTH = 800;
const HEIGHT = 360;

/** Draws one chart on a canvas that is never shown and returns it as a PNG (white background, for print). */
function image(config: ChartConfiguration<'bar'>, title: string): ReportChart {
  const canvas = Object.assign(document.createElement('canvas'), { width: WIDTH, height: HEIGHT });
  const chart = new Chart(canvas, {
    ...config,
    options: { ...config.options, animation: false, responsive: false, devicePixelRatio: 1 },
    plugins: [{ id: 'white', beforeDraw: (c) => { c.ctx.save(); c.ctx.fillStyle = '#fff'; c.ctx.fillRect(0, 0, c.width, c.height); c.ctx.restore(); } }],
  });
  const dataUrl = chart.toBase64Image('image/png');
  chart.destroy();
  return { title, image: { dataUrl, width: WIDTH, height: HEIGHT } };
}

/** The report's charts for the period's coverage: tone per day, topics, programmes and outlets (those with data). */
export function reportCharts(coverage: Coverage, names: ChartNames, locale: string): ReportChart[] {
  const c = chartConfigs(coverage, names, locale);
  const charts: ReportChart[] = [];
  // Titles in Indonesian like the rest of the report, whatever the browser's language.
  if (coverage.days.length) charts.push(image(c.tone, 'Nada berita per hari'));
  if (coverage.topics.length) charts.push(image(c.topics, 'Topik'));
  if (coverage.programmes.length) charts.push(image(c.programmes, 'Porsi pemberitaan per program'));
  if (coverage.outlets.length) charts.push(image(c.outlets, 'Media'));
  return charts;
}
