import { describe, expect, it } from 'vitest';
import { normalizeUrlKey, outletDomainOf, trustedCanonicalUrl } from '../../lib/extract/url';

describe('normalizeUrlKey', () => {
  const key = 'news.detik.com/berita/d-1/judul';
  it.each([
    'https://news.detik.com/berita/d-1/judul',
    'http://news.detik.com/berita/d-1/judul/',
    'https://news.detik.com/berita/d-1/judul?utm_source=wa&utm_medium=share',
    'https://news.detik.com/berita/d-1/judul?fbclid=IwAR0&gclid=x#komentar',
    'https://m.news.detik.com/berita/d-1/judul',
    'https://news.detik.com/berita/d-1/judul/amp',
    'https://news.detik.com/amp/berita/d-1/judul',
    'https://news.detik.com/berita/d-1/judul?page=all',
    'https://NEWS.DETIK.COM/berita/d-1/judul',
  ])('maps %s to the same key', (url) => expect(normalizeUrlKey(url)).toBe(key));

  it('keeps parameters that select the article', () => {
    expect(normalizeUrlKey('https://contoh.go.id/berita.php?id=12&utm_source=x')).toBe('contoh.go.id/berita.php?id=12');
    expect(normalizeUrlKey('https://contoh.go.id/berita.php?id=12')).not.toBe(normalizeUrlKey('https://contoh.go.id/berita.php?id=13'));
  });
  it('keeps page 2 distinct from the whole article', () => {
    expect(normalizeUrlKey('https://money.kompas.com/read/2023/11/02/a?page=2')).toContain('page=2');
  });
  it('strips www. but not other subdomains', () => {
    expect(outletDomainOf('https://www.kompas.com/x')).toBe('kompas.com');
    expect(outletDomainOf('https://regional.kompas.com/x')).toBe('regional.kompas.com');
  });
});

describe('trustedCanonicalUrl', () => {
  const page = 'https://www.merdeka.com/politik/judul.html?utm_source=fb';
  it('resolves a relative canonical and drops tracking parameters', () => {
    expect(trustedCanonicalUrl('/politik/judul.html?utm_campaign=x', page)).toBe('https://www.merdeka.com/politik/judul.html');
  });
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['https://web.archive.org/web/2015/https://www.merdeka.com/politik/judul.html', 'an archive copy'],
    ['https://www.merdeka.com/', 'the home page'],
    ['https://iklan.example.net/landing', 'another site'],
    ['javascript:alert(1)', 'not http'],
  ])('ignores %s (%s)', (candidate) => expect(trustedCanonicalUrl(candidate, page)).toBeNull());
  it('accepts the desktop canonical of a mobile page', () => {
    expect(trustedCanonicalUrl('https://www.merdeka.com/politik/judul.html', 'https://m.merdeka.com/politik/judul.html')).toBe(
      'https://www.merdeka.com/politik/judul.html',
    );
  });
});
