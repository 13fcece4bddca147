import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { extractArticle } from '../../lib/extract';
import { revealHiddenPages } from '../../lib/extract/hidden-pages';
import { guessLanguage } from '../../lib/extract/language';

const sentence = 'Pemerintah daerah menyampaikan perkembangan program kepada masyarakat melalui konferensi pers di balai kota hari ini.';
const paragraphs = (n: number, tag = 'p') => Array.from({ length: n }, (_, i) => `<${tag}>${sentence} (${i})</${tag}>`).join('');

describe('revealHiddenPages', () => {
  it('reveals hidden pages of the same article body (merdeka paging-content)', () => {
    const doc = documentFromHtml(
      `<body><article><div class="body paging-content" data-paging_num="1">${paragraphs(3)}</div><div class="body paging-content" data-paging_num="2" style="display:none">${paragraphs(3)}<p>HALAMAN DUA</p></div></article></body>`,
      'https://www.merdeka.com/a.html',
    );
    expect(revealHiddenPages(doc)).toBe(1);
    const result = extractArticle(doc, 'https://www.merdeka.com/a.html');
    expect(result.ok && result.article.text).toContain('HALAMAN DUA');
  });
  it('leaves other hidden elements hidden (menus, tracking pixels)', () => {
    const doc = documentFromHtml(`<body><div class="menu" style="display:none"><p>Menu</p></div><img style="display:none" src="x"></body>`, 'https://contoh.id/');
    expect(revealHiddenPages(doc)).toBe(0);
  });
});

describe('guessLanguage', () => {
  it('recognises Indonesian prose declared as English (kapanlagi)', () => {
    expect(guessLanguage(`${sentence} Ini adalah berita yang sudah dibaca oleh warga dan juga pejabat. `.repeat(5), 'en')).toBe('id');
  });
  it('keeps English prose English', () => {
    expect(guessLanguage('The governor said that the bridge is open to the public and that it was built on time by the province. '.repeat(4), 'id')).toBe('en');
  });
  it('trusts the declaration for very short text', () => expect(guessLanguage('Halo', 'id')).toBe('id'));
});

describe('headline', () => {
  it('uses the printed headline when the declared title wraps it', () => {
    const doc = documentFromHtml(
      `<head><meta property="og:title" content="KapanLagi.com: Musik - Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi"></head><body><h1>Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi</h1><article>${paragraphs(8)}</article></body>`,
      'https://www.kapanlagi.com/a.html',
    );
    const result = extractArticle(doc, 'https://www.kapanlagi.com/a.html');
    expect(result.ok && result.article.title).toBe('Bikin Gaduh Kota, Rumah Penyanyi Ini Digrebek Polisi');
  });
  it('does not take a section label for the headline', () => {
    const doc = documentFromHtml(
      `<head><title>Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan - Kompas.com</title></head><body><h1>Regional</h1><h2>Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan</h2><article>${paragraphs(8)}</article></body>`,
      'https://regional.kompas.com/read/2015/11/04/a',
    );
    const result = extractArticle(doc, 'https://regional.kompas.com/read/2015/11/04/a');
    expect(result.ok && result.article.title).toBe('Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan');
    expect(result.ok && result.article.outlet).toBe('Kompas.com');
  });
});
