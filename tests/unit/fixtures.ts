import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromHtml } from '../../cli/dom';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface PageFixture {
  name: string;
  html: string;
  expected: Record<string, unknown> & {
    url?: string;
    title?: string;
    author?: string | null;
    outlet?: string;
    published?: string;
    body_first?: string;
    body_last?: string;
    must_exclude?: string[];
    notArticle?: boolean;
  };
  document(url?: string): Document;
}

/** Fixture pages in the Readability test-page layout: one folder per page, source.html + expected.json. */
export function loadFixture(name: string): PageFixture {
  const dir = join(FIXTURE_DIR, name);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as PageFixture['expected'];
  return { name, html, expected, document: (url = expected.url ?? 'http://127.0.0.1/') => documentFromHtml(html, url) };
}

export const fixtureNames = () => readdirSync(FIXTURE_DIR).sort();
