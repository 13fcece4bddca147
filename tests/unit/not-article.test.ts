import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { extractArticle } from '../../lib/extract';

const page = (body: string, head = '') => documentFromHtml(`<!doctype html><html lang="id"><head>${head}</head><body>${body}</body></html>`, 'https://contoh.go.id/');
const sentence = 'Pemerintah daerah menyampaikan perkembangan program kepada masyarakat melalui konferensi pers hari ini.';

describe('pages that are not articles', () => {
  it('refuses an empty page', () => {
    const result = extractArticle(page(''), 'https://contoh.go.id/');
    expect(result).toMatchObject({ ok: false, reason: 'no-content' });
  });
  it('refuses a short teaser', () => {
    const result = extractArticle(page(`<article><p>${sentence}</p><p>${sentence}</p><p>${sentence}</p></article>`), 'https://contoh.go.id/');
    expect(result).toMatchObject({ ok: false, reason: 'too-short' });
  });
  it('refuses a list of links (home or index page)', () => {
    const links = Array.from({ length: 15 }, (_, i) => `<p><a href="/berita/${i}">${sentence} (${i})</a></p>`).join('');
    const result = extractArticle(page(`<main>${links}</main>`), 'https://contoh.go.id/');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('index-page');
  });
  it('refuses a document that is not HTML', () => {
    const doc = { contentType: 'application/pdf' } as Document;
    expect(extractArticle(doc, 'https://contoh.go.id/laporan.pdf')).toMatchObject({ ok: false, reason: 'not-html' });
  });
  it('accepts the same sentences as a real article body', () => {
    const body = Array.from({ length: 8 }, () => `<p>${sentence} ${sentence}</p>`).join('');
    const result = extractArticle(page(`<article><h1>Judul</h1>${body}</article>`, '<title>Judul berita</title>'), 'https://contoh.go.id/berita/1');
    expect(result.ok).toBe(true);
  });
  it('explains every refusal in Indonesian', () => {
    const result = extractArticle(page(''), 'https://contoh.go.id/');
    expect(result.ok || result.message).toMatch(/Tidak ditemukan isi artikel/);
  });
});
