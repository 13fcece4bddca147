/**
 * Scores the extractor on ../shared/data/html-id (27 saved Indonesian news pages with truth.jsonl)
 * and times it against Readability alone.  npm run bench:extract [-- --dir <folder with truth.jsonl>]
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFromHtml } from '../cli/dom';
import { extractArticle } from '../lib/extract';
import { printTable, summarize } from './stats';

const { values } = parseArgs({ options: { dir: { type: 'string' }, repeat: { type: 'string', default: '5' } } });
const dir = values.dir ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'html-id');
if (!existsSync(join(dir, 'truth.jsonl'))) {
  console.log(`Lewati: ${dir}/truth.jsonl tidak ada (../shared belum tersedia). Skipped: no shared data.`);
  process.exit(0);
}

interface Truth {
  file: string;
  url: string | null;
  title: string;
  author: string | null;
  published: string;
  body_first: string;
  body_last: string;
  must_exclude?: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const tokens = (s: string) => squash(s).toLowerCase().split(' ').filter(Boolean);

function tokenF1(predicted: string, truth: string): number {
  const counts = new Map<string, number>();
  for (const t of tokens(truth)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const predictedTokens = tokens(predicted);
  let overlap = 0;
  for (const t of predictedTokens) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      overlap += 1;
      counts.set(t, left - 1);
    }
  }
  const truthCount = tokens(truth).length;
  if (!overlap) return 0;
  const precision = overlap / predictedTokens.length;
  const recall = overlap / truthCount;
  return (2 * precision * recall) / (precision + recall);
}

/** The truth body where derivable: the page's visible text from body_first to body_last, minus must_exclude. */
function truthSpan(doc: Document, t: Truth): string | null {
  const all = squash(doc.body?.textContent ?? '');
  const start = all.indexOf(squash(t.body_first));
  const endMarker = squash(t.body_last);
  const end = all.indexOf(endMarker, Math.max(start, 0));
  if (start < 0 || end < 0) return null;
  let span = all.slice(start, end + endMarker.length);
  for (const excluded of t.must_exclude ?? []) span = span.split(squash(excluded)).join(' ');
  return span;
}

const minute = (iso: string | null) => iso?.slice(0, 16) + (iso?.slice(19) ?? '');
const truths = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Truth);
const repeat = Number(values.repeat);
const rows: Array<Record<string, string | number>> = [];
const totals = { title: 0, author: 0, date: 0, start: 0, end: 0, leaks: 0, f1: [] as number[], ours: [] as number[], readability: [] as number[] };

for (const t of truths) {
  const html = readFileSync(join(dir, t.file), 'utf8');
  const url = t.url ?? `https://example.invalid/${t.file}`;
  const doc = documentFromHtml(html, url);
  const result = extractArticle(doc, url, { now: new Date() });
  const ours: number[] = [];
  const alone: number[] = [];
  for (let i = 0; i < repeat; i++) {
    let start = performance.now();
    extractArticle(doc, url);
    ours.push(performance.now() - start);
    start = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    alone.push(performance.now() - start);
  }
  const oursMs = summarize(ours).median;
  const aloneMs = summarize(alone).median;
  totals.ours.push(oursMs);
  totals.readability.push(aloneMs);

  const a = result.ok ? result.article : null;
  const text = squash(a?.text ?? '');
  const checks = {
    title: a?.title === t.title,
    author: (a?.author ?? null) === t.author,
    date: !!a?.publishedAt && minute(a.publishedAt) === minute(t.published),
    start: text.includes(squash(t.body_first)),
    end: text.includes(squash(t.body_last)),
  };
  const leaks = (t.must_exclude ?? []).filter((s) => text.includes(squash(s)));
  const span = truthSpan(doc, t);
  const f1 = span && a ? tokenF1(a.text, span) : null;
  (Object.keys(checks) as Array<keyof typeof checks>).forEach((k) => (totals[k] += checks[k] ? 1 : 0));
  totals.leaks += leaks.length;
  if (f1 !== null) totals.f1.push(f1);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  rows.push({
    page: t.file.replace(/^pages\/|\.html$/g, ''),
    title: mark(checks.title),
    author: checks.author ? '✓' : `✗ ${a?.author ?? 'null'}`,
    date: checks.date ? '✓' : `✗ ${a?.publishedAt ?? 'null'} (${a?.sources.publishedAt ?? '-'})`,
    start: mark(checks.start),
    end: mark(checks.end),
    f1: f1 === null ? '-' : f1.toFixed(3),
    leaks: leaks.length ? `${leaks.length}: ${leaks.map((l) => l.slice(0, 24)).join(' | ')}` : 0,
    'ms ours': oursMs.toFixed(1),
    'ms readab.': aloneMs.toFixed(1),
    ...(result.ok ? {} : { note: `not article: ${result.reason}` }),
  });
}

printTable(rows);
const n = truths.length;
const pct = (k: number) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
const ours = summarize(totals.ours);
const alone = summarize(totals.readability);
console.log(`
TOTAL on ${n} pages
  title exact        ${pct(totals.title)}
  author exact       ${pct(totals.author)}
  date exact (min)   ${pct(totals.date)}
  body start found   ${pct(totals.start)}
  body end found     ${pct(totals.end)}
  body token F1      mean ${(totals.f1.reduce((a, b) => a + b, 0) / totals.f1.length).toFixed(3)} over ${totals.f1.length} pages with a derivable span
  must-exclude leaks ${totals.leaks}
  time per page      ours median ${ours.median.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms; Readability alone median ${alone.median.toFixed(1)} ms, p95 ${alone.p95.toFixed(1)} ms; ratio of medians ${(ours.median / alone.median).toFixed(2)}×`);
