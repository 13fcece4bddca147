import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { fixtureNames, loadFixture } from './fixtures';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(fixtureNames())('fixture page %s', (name) => {
  const fixture = loadFixture(name);
  const { expected } = fixture;
  const url = expected.url ?? `http://127.0.0.1:8080${(expected.canonicalPath as string | undefined) ?? '/'}`;
  const result = extractArticle(fixture.document(url), url, { now: new Date('2025-11-22T10:00:00+07:00') });

  if (expected.notArticle) {
    it('is refused with an Indonesian reason', () => {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/bukan|tidak/);
    });
    return;
  }

  it('is recognised as an article', () => expect(result.ok).toBe(true));
  if (!result.ok) return;
  const { article } = result;
  const text = squash(article.text);

  it('has the exact headline', () => expect(article.title).toBe(expected.title));
  it('keeps the start and the end of the body', () => {
    expect(text).toContain(squash(expected.body_first!));
    expect(text).toContain(squash(expected.body_last!));
  });
  it('separates paragraphs with a blank line', () => {
    expect(article.text.split('\n\n').length).toBeGreaterThan(3);
    expect(article.text).not.toMatch(/\n{3,}/);
  });
  it('counts words and builds an excerpt from the body', () => {
    expect(article.wordCount).toBeGreaterThan(100);
    expect(article.wordCount).toBeLessThanOrEqual(article.text.split(/\s+/).length);
    expect(text.startsWith(squash(article.excerpt).replace(/…$/, ''))).toBe(true);
  });
  it('has a normalised url key without scheme, www or tracking', () => {
    expect(article.urlKey).not.toMatch(/^https?:|utm_|[?&]page=all/);
  });
});

// The first metadata layer: machine-readable metadata (JSON-LD, OpenGraph, microdata). Pages whose
// dates or authors are only printed in the page, or mislabelled, are the job of the deeper layer.
describe.each(['detik-1', 'liputan6-1', 'antaranews-1', 'pemprov-synthetic'])('metadata of %s', (name) => {
  const fixture = loadFixture(name);
  const url = fixture.expected.url ?? 'http://127.0.0.1:8080/berita/2025/11/pemprov-kalsel-salurkan-mbg';
  const result = extractArticle(fixture.document(url), url);
  const article = result.ok ? result.article : null;

  it('has the author and the publication time with its offset', () => {
    expect(article?.author).toBe(fixture.expected.author);
    expect(article?.publishedAt).toBe(fixture.expected.published);
  });
  it('names the outlet', () => expect(article?.outlet).toBeTruthy());
});

describe('synthetic government article', () => {
  const fixture = loadFixture('pemprov-synthetic');
  const url = 'http://127.0.0.1:8080/berita/2025/11/pemprov-kalsel-salurkan-mbg?utm_source=wa&fbclid=abc';
  const result = extractArticle(fixture.document(url), url);
  if (!result.ok) throw new Error(result.message);
  const { article } = result;

  it('reads JSON-LD inside @graph and records the source of each field', () => {
    expect(article.sources).toMatchObject({ title: 'json-ld', author: 'json-ld', publishedAt: 'json-ld' });
    expect(article.outlet).toBe('Warta Banua');
  });
  it('resolves the relative canonical URL and drops tracking parameters', () => {
    expect(article.canonicalUrl).toBe('http://127.0.0.1:8080/berita/2025/11/pemprov-kalsel-salurkan-mbg');
    expect(article.urlKey).toBe('127.0.0.1/berita/2025/11/pemprov-kalsel-salurkan-mbg');
    expect(article.url).toBe(url);
  });
  it('takes lead image and language from the page', () => {
    expect(article.imageUrl).toBe('http://127.0.0.1:8080/img/mbg.jpg');
    expect(article.lang).toBe('id');
  });
  it('keeps markup quoted in the text as plain text', () => {
    expect(article.text).toContain('<script>alert("x")</script>');
  });
  it('does not change the page it reads', () => {
    const doc = fixture.document(url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
