/**
 * npm run eval -- --model <dir> [--topic-model <dir>] --file <labelled.jsonl> --task tone_headline|tone_body|topic|tone_review
 * Evaluates any model folder on any labelled JSONL ({text, label}) through lib/classify, the code the
 * extension runs, and prints accuracy, macro-F1, per-class F1, the confusion matrix, reliability of
 * "yakin", and the TF-IDF baseline on the same split (training/results/baseline.json) when known.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClippingClassifier, CONFIDENT_SCORE, loadModel } from '../lib/classify';
import { evaluate, reliability } from '../lib/classify/metrics';

const { values } = parseArgs({
  options: { model: { type: 'string' }, 'topic-model': { type: 'string' }, file: { type: 'string' }, task: { type: 'string' } },
});
const task = values.task ?? 'tone_headline';
if (!values.model || !values.file) {
  console.error('Pemakaian: npm run eval -- --model <folder> [--topic-model <folder>] --file <data.jsonl> --task tone_headline|tone_body|topic|tone_review');
  process.exit(2);
}
const folder = (path: string) => ({ root: dirname(resolve(path)), id: basename(resolve(path)) });
const tone = await loadModel(folder(values.model));
const topicModel = values['topic-model'] ? await loadModel(folder(values['topic-model'])) : null;
const classifier = new ClippingClassifier(tone, topicModel);

const rows = readFileSync(values.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; label: string; source?: string });
const predicted: string[] = [];
const confidence: number[] = [];
for (const row of rows) {
  const input = task === 'tone_headline' ? { title: row.text } : task === 'topic' ? { title: null, text: row.text } : { text: row.text };
  const result = await classifier.classify(input);
  const part = task === 'topic' ? result.topic : task === 'tone_headline' ? result.headline : result.body;
  if (!part) throw new Error(task === 'topic' ? 'Evaluasi topik butuh --topic-model.' : 'Model tidak memberi prediksi.');
  predicted.push(part.label);
  confidence.push(part.score);
}
const gold = rows.map((r) => r.label);
const metrics = evaluate(gold, predicted);
const labels = Object.keys(metrics.perClass);
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`model ${tone.id}${topicModel ? ` + ${topicModel.id}` : ''} on ${values.file} (${task}, n=${metrics.n})`);
console.log(`accuracy ${pct(metrics.accuracy)}%  macro-F1 ${metrics.macroF1.toFixed(4)}`);
for (const label of labels) {
  const c = metrics.perClass[label]!;
  console.log(`  ${label.padEnd(14)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}  n=${c.support}`);
}
console.log(`confusion (rows = gold, columns = predicted):\n${''.padEnd(15)}${labels.map((l) => l.slice(0, 8).padStart(9)).join('')}`);
for (const g of labels) console.log(`${g.padEnd(15)}${labels.map((p) => String(metrics.confusion[g]![p]).padStart(9)).join('')}`);
const sure = reliability(gold, predicted, confidence, CONFIDENT_SCORE);
console.log(`reliability: "yakin" (score ≥ ${CONFIDENT_SCORE}) ${sure.sure.n} predictions, ${pct(sure.sure.accuracy)}% correct; "kurang yakin" ${sure.unsure.n}, ${pct(sure.unsure.accuracy)}% correct`);

const baselineFile = join(import.meta.dirname, 'results', 'baseline.json');
const split = basename(values.file).match(/^(\w+)\.dev\.jsonl$/)?.[1];
if (split && existsSync(baselineFile)) {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8'))[split]?.dev;
  if (baseline) console.log(`TF-IDF baseline on the same split: accuracy ${pct(baseline.accuracy)}%  macro-F1 ${baseline.macro_f1}`);
}
