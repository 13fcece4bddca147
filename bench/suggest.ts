/**
 * Label suggestions, simulated. Prints numbers; asserts nothing.
 *   npm run bench:suggest [-- --stored 5000]
 *
 * Ground truth: ten programme-like labels defined by keyword rules (RULES below) over the shared news
 * corpora (indo-news-2025 and IndoSum). The simulated office configures each programme with its code and
 * name only, as an officer would on day one, so the rules' other keywords must be learnt from labels.
 * An officer labels clippings in a fixed random order; after 10, 50 and 200 clippings with a programme,
 * suggestions are scored on a held-back fifth of the corpus: precision@1 (the first programme suggested
 * is right, over stories that have a programme), recall@3 (share of a story's programmes among the first
 * three), and how often a story with no programme gets a programme suggested. Each source is also scored
 * alone. Timing: one clipping's suggestions with `--stored` clippings in the database (fake-indexeddb in
 * Node, through lib/db/suggestions, learner retrain included on the first call).
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { KlipingDB, saveClipping } from '../lib/db';
import { saveProgramme } from '../lib/db/labels';
import { suggestionsFor } from '../lib/db/suggestions';
import type { ExtractedArticle } from '../lib/extract';
import { hashedFeatures, labelTerms } from '../lib/labels/features';
import { NONE, trainLearner } from '../lib/labels/learner';
import { buildSources, exampleOf } from '../lib/labels/sources';
import { suggestLabels, type SuggestionSources } from '../lib/labels/suggest';
import { DEFAULT_TOPICS } from '../lib/labels/topics';
import type { Programme } from '../lib/labels/types';
import { ROOT } from '../tests/e2e/harness';
import { printTable, summarize } from './stats';

const { values } = parseArgs({ options: { stored: { type: 'string', default: '5000' } } });
const STORED = Number(values.stored);

const RULES: Array<{ code: string; name: string; pattern: RegExp }> = [
  { code: 'MBG', name: 'Makan Bergizi Gratis', pattern: /makan bergizi|\bmbg\b|makan siang gratis|badan gizi|sppg/gi },
  { code: 'KDMP', name: 'Koperasi Desa Merah Putih', pattern: /koperasi desa|kopdes|koperasi merah putih|koperasi/gi },
  { code: 'BANSOS', name: 'Bantuan Sosial', pattern: /bansos|bantuan sosial|bantuan langsung tunai|\bblt\b|\bpkh\b|sembako/gi },
  { code: 'TOL', name: 'Pembangunan Jalan Tol', pattern: /jalan tol|\btol\b|jasa marga/gi },
  { code: 'PANGAN', name: 'Swasembada Pangan', pattern: /swasembada|\bberas\b|bulog|harga pangan|petani|pupuk/gi },
  { code: 'ANTIKORUPSI', name: 'Pemberantasan Korupsi', pattern: /korupsi|\bkpk\b|\bsuap|gratifikasi|tipikor/gi },
  { code: 'BENCANA', name: 'Penanggulangan Bencana', pattern: /banjir|gempa|longsor|karhutla|kebakaran hutan|bnpb|bpbd|erupsi/gi },
  { code: 'JKN', name: 'Jaminan Kesehatan Nasional', pattern: /bpjs|jkn|puskesmas|rumah sakit|layanan kesehatan/gi },
  { code: 'JUDOL', name: 'Pemberantasan Judi Online', pattern: /judi online|judol|pinjol|pinjaman online/gi },
  { code: 'PEMILU', name: 'Pemilu dan Pilkada Damai', pattern: /pilkada|pemilu|\bkpu\b|bawaslu|kampanye/gi },
];

interface Doc {
  id: number;
  title: string;
  text: string;
  truth: string[];
}

function loadCorpus(): Array<{ title: string; text: string }> {
  const corpus = join(ROOT, '..', 'shared', 'data', 'corpus');
  const news = Papa.parse<{ Title: string; FullText: string }>(readFileSync(join(corpus, 'indo-news-2025', 'articles.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data
    .map((row) => ({ title: row.Title ?? '', text: row.FullText ?? '' }));
  const seen = new Set<string>();
  const indosum: Array<{ title: string; text: string }> = [];
  const folder = join(corpus, 'indosum-dev');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; paragraphs: string[][][] };
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      const sentences = row.paragraphs.flat().map((tokens) => tokens.join(' ').replace(/ ([.,;:!?)])/g, '$1').replace(/\( /g, '('));
      indosum.push({ title: sentences[0] ?? '', text: sentences.slice(1).join(' ') });
    }
  }
  return [...news, ...indosum].filter((d) => d.title && d.text.length > 200);
}

/** A story is about a programme when a rule keyword is in its headline or at least twice in its body. */
function truthOf(title: string, text: string): string[] {
  return RULES.filter((r) => (title.match(r.pattern)?.length ?? 0) > 0 || (text.match(r.pattern)?.length ?? 0) >= 2).map((r) => r.code.toLowerCase());
}

let seed = 20261122;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const started = performance.now();
const docs: Doc[] = shuffle(loadCorpus()).map((d, i) => ({ id: i + 1, ...d, truth: truthOf(d.title, d.text) }));
const programmes: Programme[] = RULES.map((r) => ({
  id: r.code.toLowerCase(), code: r.code, name: r.name, aliases: [], description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false,
}));
const tests = docs.filter((_, i) => i % 5 === 0);
/** What the officer clips, in order; the ones with a programme get labelled. */
const stream = docs.filter((_, i) => i % 5 !== 0);
const pool = stream.filter((d) => d.truth.length > 0);
console.log(`Corpus: ${docs.length} stories (${docs.filter((d) => d.truth.length).length} with a programme by the rules); held back ${tests.length} (${tests.filter((d) => d.truth.length).length} with a programme).`);
const terms = new Map(docs.map((d) => [d.id, labelTerms(d.title, d.text)]));

function score(sources: SuggestionSources) {
  let withTruth = 0;
  let top1 = 0;
  let recall3 = 0;
  let noTruth = 0;
  let falseAlarm = 0;
  for (const d of tests) {
    const t = terms.get(d.id)!;
    const suggested = suggestLabels({ id: d.id, title: d.title, text: d.text, terms: t, features: hashedFeatures(t), at: Date.now(), programmes: [], tone: null, topic: null }, sources)
      .filter((s) => s.group === 'programme')
      .map((s) => s.value);
    if (d.truth.length) {
      withTruth += 1;
      if (suggested[0] && d.truth.includes(suggested[0])) top1 += 1;
      recall3 += suggested.slice(0, 3).filter((v) => d.truth.includes(v)).length / d.truth.length;
    } else {
      noTruth += 1;
      if (suggested.length) falseAlarm += 1;
    }
  }
  return { 'P@1': (top1 / withTruth).toFixed(3), 'R@3': (recall3 / withTruth).toFixed(3), 'suggested w/o programme': `${((100 * falseAlarm) / Math.max(1, noTruth)).toFixed(1)}%` };
}

const rows: Array<Record<string, string | number>> = [];
for (const n of [10, 50, 200]) {
  // As in lib/db/suggestions: clippings seen without a programme (the latest, three per labelled one) teach "none".
  const seen = stream.slice(0, stream.indexOf(pool[n - 1]!) + 1);
  const negatives = seen.filter((d) => !d.truth.length).slice(-Math.min(1000, 3 * n));
  const labelled = [
    ...pool.slice(0, n).map((d) => ({ id: d.id, terms: terms.get(d.id)!, labels: d.truth.map((p) => `programme:${p}`) })),
    ...negatives.map((d) => ({ id: d.id, terms: terms.get(d.id)!, labels: [`programme:${NONE}`] })),
  ];
  const trainStart = performance.now();
  const learner = trainLearner(labelled.map(exampleOf));
  const trainMs = performance.now() - trainStart;
  const all = buildSources(programmes, DEFAULT_TOPICS, labelled, learner);
  const none = { neighbours: null, learner: null };
  rows.push({ labelled: n, 'seen w/o programme': negatives.length, sources: 'all three', ...score(all), 'train ms': trainMs.toFixed(0) });
  rows.push({ labelled: n, 'seen w/o programme': '', sources: 'aliases only', ...score({ ...all, ...none }), 'train ms': '' });
  rows.push({ labelled: n, 'seen w/o programme': '', sources: 'neighbours only', ...score({ ...all, programmes, programmeAliases: buildSources([], DEFAULT_TOPICS, [], null).programmeAliases, learner: null }), 'train ms': '' });
  rows.push({ labelled: n, 'seen w/o programme': '', sources: 'learner only', ...score({ ...all, programmeAliases: buildSources([], DEFAULT_TOPICS, [], null).programmeAliases, neighbours: null }), 'train ms': '' });
}
printTable(rows);

// --- time to suggest for one clipping with many stored ---
if (STORED === 0) process.exit(0);
const db = new KlipingDB(`bench-suggest-${Date.now()}`);
await db.open();
for (const p of programmes) await saveProgramme(db, p);
const insertStart = performance.now();
const labelledIds = new Set(pool.slice(0, 200).map((d) => d.id));
const order = [...stream, ...tests];
for (let i = 0; i < STORED; i++) {
  const d = order[i % order.length]!;
  const article: ExtractedArticle = {
    kind: 'article', url: `https://media.example.id/${i}`, canonicalUrl: `https://media.example.id/${i}`, urlKey: `media.example.id/${i}`, title: d.title, author: null, editor: null, editorInitials: null,
    outlet: 'Media', outletType: 'nasional', outletDomain: 'media.example.id', publishedAt: null, dateline: null, lang: 'id', excerpt: '', text: d.text, wordCount: 0, imageUrl: null,
    hiddenPagesRevealed: 0, pages: null, sources: {},
  };
  await saveClipping(db, article, { clipSource: 'cli', programmes: i < docs.length && labelledIds.has(d.id) ? d.truth : [] });
}
console.log(`\nStored ${STORED} clippings (${labelledIds.size} labelled) in ${((performance.now() - insertStart) / 1000).toFixed(1)} s.`);
const target = (await db.clippings.get(STORED))!;
const first = performance.now();
await suggestionsFor(db, target);
const firstMs = performance.now() - first;
const warm: number[] = [];
for (let i = 0; i < 20; i++) {
  const c = (await db.clippings.get(STORED - i))!;
  const t0 = performance.now();
  await suggestionsFor(db, c);
  warm.push(performance.now() - t0);
}
const w = summarize(warm);
console.log(`Suggestions for one clipping with ${STORED} stored: first call ${firstMs.toFixed(0)} ms (reads labelled clippings, retrains the learner); then median ${w.median.toFixed(1)} ms, p95 ${w.p95.toFixed(1)} ms (n=${w.n}).`);
const record = await db.learner.get('officer');
console.log(`Learner: ${record?.model.examples} examples, trained in ${record?.trainMs.toFixed(0)} ms; held-back programme accuracy ${record?.model.accuracy.programme ? `${(record.model.accuracy.programme.accuracy * 100).toFixed(1)}% on ${record.model.accuracy.programme.tested}` : 'n/a'}.`);
await db.delete();
console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
