import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './fixtures';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'cli', 'kliping.mjs');

async function kliping(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  try {
    const { stdout } = await run(process.execPath, [CLI, ...args]);
    return { code: 0, json: JSON.parse(stdout) };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, json: JSON.parse(failed.stdout) };
  }
}

describe('kliping extract (CLI)', () => {
  it('prints the article as one JSON object', async () => {
    const url = 'https://news.detik.com/berita/d-6453785/polisi-soal-pistol-di-kasus-cekcok-pemobil-vs-pemotor-cuma-diperlihatkan';
    const { code, json } = await kliping('extract', join(FIXTURE_DIR, 'detik-1', 'source.html'), '--url', url);
    expect(code).toBe(0);
    expect(json).toMatchObject({
      url,
      canonicalUrl: url,
      title: 'Polisi soal Pistol di Kasus Cekcok Pemobil vs Pemotor: Cuma Diperlihatkan',
      author: 'Mulia Budi',
      outlet: 'detikcom',
      publishedAt: '2022-12-10T13:19:56+07:00',
      lang: 'id',
      imageUrl: expect.stringMatching(/^https:\/\//),
    });
    for (const key of ['excerpt', 'text', 'wordCount']) expect(json).toHaveProperty(key);
    expect(String(json.text)).toMatch(/\n\n/);
  }, 30_000);

  it('exits non-zero with an Indonesian error for a page that is not an article', async () => {
    const { code, json } = await kliping('extract', join(FIXTURE_DIR, 'index-synthetic', 'source.html'), '--url', 'https://contoh.id/');
    expect(code).toBe(1);
    expect(json.error).toMatch(/bukan satu artikel/);
  }, 30_000);

  it('explains a missing file', async () => {
    const { code, json } = await kliping('extract', '/tidak/ada.html', '--url', 'https://contoh.id/');
    expect(code).toBe(2);
    expect(json.error).toMatch(/tidak dapat dibaca/);
  }, 30_000);
});

describe('kliping classify (CLI)', () => {
  it('classifies each JSONL line in input order with the given models', async () => {
    const { TEST_MODELS } = await import('./global-setup');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const input = join(mkdtempSync(join(tmpdir(), 'kliping-cli-')), 'in.jsonl');
    writeFileSync(
      input,
      [
        { id: 'a', title: 'Gubernur resmikan jembatan', text: 'Pemerintah provinsi meresmikan jembatan baru.\n\nWarga menyambut baik.' },
        { id: 'b', title: 'Banjir rendam desa' },
        { id: 'c', text: 'Hanya isi tanpa judul.' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const { stdout } = await run(process.execPath, [
      CLI, 'classify', '--input', input, '--model', join(TEST_MODELS, 'tiny-tone-id'), '--topic-model', join(TEST_MODELS, 'tiny-topic'),
    ]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0].headline.label).toMatch(/^(negatif|netral|positif)$/);
    expect(Object.keys(lines[0].body.scores).sort()).toEqual(['negatif', 'netral', 'positif']);
    expect(lines[1].body).toBeNull();
    expect(lines[2].headline).toBeNull();
    expect(Object.keys(lines[0].topic.scores)).toHaveLength(17);
  }, 60_000);

  it('says in Indonesian when no model is available', async () => {
    const { code, json } = await kliping('classify', '--input', '/dev/null', '--model', '/tidak/ada');
    expect(code).toBe(2);
    expect(json.error).toMatch(/Folder model tidak ditemukan/);
  }, 30_000);
});
