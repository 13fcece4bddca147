import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { KlipingDB } from '../../lib/db';
import type { ExtractedArticle } from '../../lib/extract';

/** A new, empty database for every test (fake-indexeddb), deleted afterwards. */
export function useFreshDb(): { readonly db: KlipingDB; readonly name: string } {
  const state = { db: null as unknown as KlipingDB, name: '' };
  beforeEach(async () => {
    state.name = `kliping-test-${crypto.randomUUID()}`;
    state.db = new KlipingDB(state.name);
    await state.db.open();
  });
  afterEach(async () => {
    state.db.close();
    await KlipingDB.delete(state.name);
  });
  return state;
}

let counter = 0;
/** An extracted article with a unique address each call. */
export function articleFixture(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  counter += 1;
  return {
    kind: 'article',
    url: `https://news.detik.com/berita/d-${counter}/judul?utm_source=wa`,
    canonicalUrl: `https://news.detik.com/berita/d-${counter}/judul`,
    urlKey: `news.detik.com/berita/d-${counter}/judul`,
    title: `Judul berita ${counter}`,
    author: 'Mulia Budi',
    editor: null,
    editorInitials: 'mul/dnu',
    outlet: 'detikcom',
    outletType: 'nasional',
    outletDomain: 'news.detik.com',
    publishedAt: '2022-12-10T13:19:56+07:00',
    dateline: 'Jakarta -',
    lang: 'id',
    excerpt: 'Polisi masih mendalami…',
    text: 'Polisi masih mendalami percekcokan.\n\nParagraf kedua.',
    wordCount: 6,
    imageUrl: null,
    hiddenPagesRevealed: 0,
    pages: null,
    sources: { title: 'json-ld', publishedAt: 'json-ld' },
    ...overrides,
  };
}
