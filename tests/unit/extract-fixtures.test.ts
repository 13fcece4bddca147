import { describe, expect, it } from 'vitest';
import { extractArticle, MIN_ARTICLE_WORDS } from '../../lib/extract';
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
  it('has the writer (or the editor when only the editor is printed)', () => expect(article.author).toBe(expected.author));
  it('has the publication time to the minute with its offset', () => {
    expect(article.publishedAt?.slice(0, 16)).toBe(expected.published!.slice(0, 16));
    expect(article.publishedAt?.slice(19)).toBe(expected.published!.slice(19));
  });
  it('keeps the dateline out of the text', () => {
    if (expected.dateline) {
      expect(article.dateline?.replace(/\s*[-–]+$/, '')).toBe((expected.dateline as string).replace(/\s*[-–]+$/, ''));
      expect(article.text.startsWith(expected.dateline as string)).toBe(false);
    }
  });
  it('leaves out what is not the story', () => {
    for (const excluded of expected.must_exclude ?? []) expect(text).not.toContain(squash(excluded));
  });
  it('keeps the start and the end of the body', () => {
    expect(text).toContain(squash(expected.body_first!));
    expect(text).toContain(squash(expected.body_last!));
  });
  it('separates paragraphs with a blank line', () => {
    expect(article.text.split('\n\n').length).toBeGreaterThan(3);
    expect(article.text).not.toMatch(/\n{3,}/);
  });
  it('counts words and builds an excerpt from the body', () => {
    expect(article.wordCount).toBeGreaterThanOrEqual(MIN_ARTICLE_WORDS);
    expect(article.wordCount).toBeLessThanOrEqual(article.text.split(/\s+/).length);
    expect(text.startsWith(squash(article.excerpt).replace(/…$/, ''))).toBe(true);
  });
  it('has a normalised url key without scheme, www or tracking', () => {
    expect(article.urlKey).not.toMatch(/^https?:|utm_|[?&]page=all/);
  });
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
