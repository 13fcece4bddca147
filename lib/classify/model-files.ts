import type { LoadOptions, ModelLocation } from './engine';
import { NgramModel, type NgramMeta } from './ngram';

// Files Kliping reads from a model folder itself, besides those transformers.js loads.

/** URL or path of a file inside a model folder, as transformers.js itself would address it. */
function modelFileAddress(location: ModelLocation, file: string): string {
  const root = location.root.endsWith('/') ? location.root : `${location.root}/`;
  const folder = (location.pathTemplate ?? '{model}/').replace('{model}', location.id).replace('{revision}', 'main');
  return `${root}${location.remote ? folder : `${location.id}/`}${file}`;
}

async function readModelFile(location: ModelLocation, file: string): Promise<ArrayBuffer> {
  const address = modelFileAddress(location, file);
  if (/^[a-z][\w+.-]*:/i.test(address)) {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return response.arrayBuffer();
  }
  // A folder on disk (CLI, evaluation, tests). The specifier is a variable so bundlers leave it alone;
  // this branch never runs in the extension, whose models are always addressed by URL.
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
  const bytes = await readFile(address);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** The n-gram companion of a model folder; its size is reported like the files transformers.js reads. */
export async function loadNgram(location: ModelLocation, stem: string, onProgress?: LoadOptions['onProgress']): Promise<NgramModel> {
  if (!/^[\w-]+$/.test(stem)) throw new Error(`nama berkas n-gram tidak sah: ${stem}`);
  const meta = JSON.parse(new TextDecoder().decode(await readModelFile(location, `${stem}.json`))) as NgramMeta;
  const data = await readModelFile(location, `${stem}.bin`);
  onProgress?.({ status: 'done', file: `${stem}.bin`, loaded: data.byteLength, total: data.byteLength, progress: 100 });
  return new NgramModel(meta, data);
}
