/**
 * tsx training/tokenize.ts <in.jsonl> <out.jsonl> [max tokens]
 * WordPiece ids for the training script, made by the same transformers.js tokenizer the extension runs,
 * so training and inference can never disagree on tokenisation. Each output line: {"ids": [...], ...the
 * input row without its text}. Truncated to max tokens (default 128) including [CLS] and [SEP].
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AutoTokenizer, env } from '@huggingface/transformers';

const [input, output, max = '128'] = process.argv.slice(2);
if (!input || !output) {
  console.error('Pemakaian: tsx training/tokenize.ts <in.jsonl> <out.jsonl> [maks token]');
  process.exit(2);
}
const tokenizerDir = resolve(process.env.KLIPING_TOKENIZER ?? resolve(import.meta.dirname, '../../shared/models/indobert-tokenizer'));
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = `${dirname(tokenizerDir)}/`;
const tokenizer = await AutoTokenizer.from_pretrained(tokenizerDir.split('/').pop()!);

const out = createWriteStream(output);
let n = 0;
for await (const line of createInterface({ input: createReadStream(input) })) {
  if (!line.trim()) continue;
  const { text, ...rest } = JSON.parse(line) as { text: string };
  const ids = tokenizer.encode(text) as number[];
  // [CLS] … [SEP]: keep the start of long texts and close them with [SEP], as the pipeline's truncation does.
  if (ids.length > Number(max)) ids.splice(Number(max) - 1, ids.length, ids.at(-1)!);
  out.write(`${JSON.stringify({ ids, ...rest })}\n`);
  n += 1;
}
out.end();
console.error(`${n} baris → ${output}`);
