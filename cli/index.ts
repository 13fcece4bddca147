import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractArticle } from '../lib/extract';
import { documentFromHtml } from './dom';

const USAGE = `Pemakaian / usage:
  kliping extract <file.html> --url <original-url> [--now <ISO time>]
      Mencetak artikel hasil ekstraksi sebagai satu objek JSON.
      Prints the extracted article as one JSON object.
  kliping classify --input <file.jsonl> [--model <folder>] [--topic-model <folder>]
      Mengklasifikasikan setiap baris {"id","title","text"}; satu baris JSON per masukan, urutan sama.
      Classifies each line; one JSON line per input line, in input order.`;

function fail(error: string, code = 1): never {
  process.stdout.write(`${JSON.stringify({ error })}\n`);
  process.exit(code);
}

async function extractCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, now: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) fail('Berkas HTML belum disebutkan. ' + USAGE, 2);
  const url = values.url ?? `file://${file}`;
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (err) {
    fail(`Berkas tidak dapat dibaca: ${file} (${(err as Error).message})`, 2);
  }
  const result = extractArticle(documentFromHtml(html, url), url, {
    now: values.now ? new Date(values.now) : new Date(),
  });
  if (!result.ok) fail(result.message);
  const { sources, ...article } = result.article;
  process.stdout.write(`${JSON.stringify({ ...article, sources }, null, 2)}\n`);
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'extract') return extractCommand(rest);
  if (command === 'classify') return (await import('./classify')).classifyCommand(rest, fail);
  if (command === '--help' || command === '-h' || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  fail(`Perintah tidak dikenal: ${command}. ${USAGE}`, 2);
}
