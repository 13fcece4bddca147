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
