/**
 * npm run eval:report [-- --models <dir>]
 * Every dev split, per source, through lib/classify (the extension's code: chunked bodies, the n-gram
 * blend), for the shipped ensemble and for the encoder alone, next to the TF-IDF baseline trained on
 * the same data (training/results/baseline.json), also on the rows our annotators were sure of (their
 * confidence not "low": how the models read texts with one clear answer). Prints a Markdown table for the
 * model card and writes training/results/eval.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ClippingClassifier, CONFIDENT_SCORE, loadModel } from '../lib/classify';
import { evaluate, reliability } from '../lib/classify/metrics';

const HERE = import.meta.dirname;
const { values } = parseArgs({
  options: { models: { type: 'string', default: join(HERE, '..', 'public', 'models') }, tasks: { type: 'string', default: 'tone_headline,tone_body,tone_review,topic' } },
});
const DATA = process.env.KLIPING_TRAINING_DATA ?? join(HERE, 'data');
if (!existsSync(join(DATA, 'tone_headline.dev.jsonl'))) {
  console.error('Data latih belum disiapkan: jalankan dulu npm run train:prepare.');
  process.exit(2);
}

type Row = { text: string; label: string; source: string; confidence?: string };
type Task = 'tone_headline' | 'tone_body' | 'tone_review' | 'topic';
const TASKS = values.tasks!.split(',') as Task[];
const rowsOf = (task: Task) => readFileSync(join(DATA, `${task}.dev.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const baseline = existsSync(join(HERE, 'results', 'baseline.json')) ? JSON.parse(readFileSync(join(HERE, 'results', 'baseline.json'), 'utf8')) : {};

/** With ngram false, each model's encoder alone; a model without an encoder is left out (null for tone). */
async function classifierFor(ngram: boolean) {
  const load = async (id: string) => {
    const model = await loadModel({ root: values.models!, id });
    if (ngram) return model;
    await model.dispose();
    if (!model.hasEncoder) return null;
    return loadModel({ root: values.models!, id }, { ngram: false });
  };
  const [tone, topic] = [await load('kliping-tone'), await load('kliping-topic')];
  if (!tone) return null;
  return { classifier: new ClippingClassifier(tone, topic), hasTopic: topic !== null };
}

async function predict(setup: Awaited<ReturnType<typeof classifierFor>>, task: Task, rows: Row[]) {
  const out: Array<{ label: string; score: number }> = [];
  if (!setup || (task === 'topic' && !setup.hasTopic)) return null;
  const { classifier } = setup;
  for (const row of rows) {
    const input = task === 'tone_headline' ? { title: row.text } : task === 'topic' ? { title: null, text: row.text } : { text: row.text };
    const result = await classifier.classify(input);
    const part = task === 'topic' ? result.topic : task === 'tone_headline' ? result.headline : result.body;
    out.push({ label: part!.label, score: part!.score });
  }
  return out;
}

const ensemble = await classifierFor(true);
const encoder = await classifierFor(false);
const results: Record<string, Record<string, unknown>> = {};
const lines = ['| dev set | n | Kliping (as shipped) | encoder alone | TF-IDF baseline | "yakin": share / accuracy | "kurang yakin": accuracy | sure rows: n, Kliping / baseline |', '|---|---|---|---|---|---|---|---|'];
const metric = (task: Task) => (task === 'topic' ? 'accuracy' : 'macroF1');
for (const task of TASKS) {
  const rows = rowsOf(task);
  const [ours, alone] = [(await predict(ensemble, task, rows))!, await predict(encoder, task, rows)];
  for (const source of [...new Set(rows.map((r) => r.source))].sort()) {
    const idx = rows.map((r, i) => (r.source === source ? i : -1)).filter((i) => i >= 0);
    const gold = idx.map((i) => rows[i]!.label);
    const mine = evaluate(gold, idx.map((i) => ours[i]!.label));
    const solo = alone && evaluate(gold, idx.map((i) => alone[i]!.label));
    const sure = reliability(gold, idx.map((i) => ours[i]!.label), idx.map((i) => ours[i]!.score), CONFIDENT_SCORE);
    const base = baseline[task]?.[`dev:${source}`];
    const sureIdx = idx.filter((i) => rows[i]!.confidence !== 'low');
    const sureRows = sureIdx.length < idx.length ? {
      n: sureIdx.length,
      ours: evaluate(sureIdx.map((i) => rows[i]!.label), sureIdx.map((i) => ours[i]!.label)),
      baseline: baseline[task]?.[`dev:${source}:sure`] ?? null,
    } : null;
    const key = `${task}:${source}`;
    results[key] = {
      n: gold.length, ours: { accuracy: mine.accuracy, macroF1: mine.macroF1 }, encoder: solo && { accuracy: solo.accuracy, macroF1: solo.macroF1 }, baseline: base ?? null, reliability: sure,
      sureRows: sureRows && { n: sureRows.n, ours: { accuracy: sureRows.ours.accuracy, macroF1: sureRows.ours.macroF1 }, baseline: sureRows.baseline },
    };
    const m = metric(task);
    const fmt = (x: number) => x.toFixed(3);
    const baseScore = (b: { accuracy: number; macro_f1: number } | null | undefined) => (b ? fmt(m === 'accuracy' ? b.accuracy : b.macro_f1) : '—');
    lines.push(
      `| ${key} (${m === 'accuracy' ? 'accuracy' : 'macro-F1'}) | ${gold.length} | ${fmt(mine[m])} | ${solo ? fmt(solo[m]) : '— (no encoder)'} | ${baseScore(base)} | ${((100 * sure.sure.n) / gold.length).toFixed(0)}% / ${fmt(sure.sure.accuracy)} | ${fmt(sure.unsure.accuracy)} | ${sureRows ? `${sureRows.n}, ${fmt(sureRows.ours[m])} / ${baseScore(sureRows.baseline)}` : '—'} |`,
    );
  }
}
// A partial run (--tasks) updates its own rows and keeps the others.
const evalFile = join(HERE, 'results', 'eval.json');
const previous = existsSync(evalFile) ? JSON.parse(readFileSync(evalFile, 'utf8')) : {};
writeFileSync(evalFile, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log(lines.join('\n'));
