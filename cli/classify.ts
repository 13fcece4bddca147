import { createReadStream, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ClippingClassifier, loadModel, type ModelLocation, type Prediction } from '../lib/classify';

/** The model the extension ships (public/models/, see the model card there). */
export const BUNDLED_TONE_MODEL = join(import.meta.dirname, '..', 'public', 'models', 'kliping-tone');
export const BUNDLED_TOPIC_MODEL = join(import.meta.dirname, '..', 'public', 'models', 'kliping-topic');

function folderLocation(folder: string, fail: (message: string, code?: number) => never): ModelLocation {
  const path = resolve(folder);
  if (!existsSync(join(path, 'config.json'))) fail(`Folder model tidak ditemukan atau tanpa config.json: ${path}`, 2);
  return { root: dirname(path), id: basename(path) };
}

interface InputLine {
  id?: unknown;
  title?: string | null;
  text?: string | null;
}

export async function classifyCommand(args: string[], fail: (message: string, code?: number) => never): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { input: { type: 'string' }, model: { type: 'string' }, 'topic-model': { type: 'string' } },
  });
  if (!values.input) fail('Berkas masukan belum disebutkan (--input file.jsonl).', 2);
  const toneFolder = values.model ?? BUNDLED_TONE_MODEL;
  if (!values.model && !existsSync(join(BUNDLED_TONE_MODEL, 'config.json')))
    fail('Model bawaan belum tersedia di public/models/kliping-tone. Sebutkan model dengan --model <folder>.', 2);
  const topicFolder = values['topic-model'] ?? (values.model ? null : existsSync(join(BUNDLED_TOPIC_MODEL, 'config.json')) ? BUNDLED_TOPIC_MODEL : null);

  let classifier: ClippingClassifier;
  try {
    const tone = await loadModel(folderLocation(toneFolder, fail));
    const topic = topicFolder ? await loadModel(folderLocation(topicFolder, fail)) : null;
    classifier = new ClippingClassifier(tone, topic);
  } catch (error) {
    fail(`Model tidak dapat dimuat: ${(error as Error).message}`, 2);
  }

  const lines = createInterface({ input: createReadStream(values.input), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    let input: InputLine;
    try {
      input = JSON.parse(line) as InputLine;
    } catch {
      fail(`Baris ${lineNumber} bukan JSON yang sah.`, 2);
    }
    const result = await classifier.classify({ title: input.title, text: input.text });
    const part = (p: Prediction | null) => (p ? { label: p.label, score: p.score, scores: p.scores } : null);
    process.stdout.write(
      `${JSON.stringify({ id: input.id ?? null, headline: part(result.headline), body: part(result.body), topic: part(result.topic), overall: part(result.overall), model: result.model })}\n`,
    );
  }
}
