import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from '../python';

const SCRIPT = join(import.meta.dirname, '..', '..', 'training', 'prepare.py');
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** A miniature ../shared/data with the same layout, including duplicates across sources. */
function miniShared(): string {
  const root = mkdtempSync(join(tmpdir(), 'kliping-shared-'));
  const mk = (...parts: string[]) => mkdirSync(join(root, ...parts), { recursive: true });
  mk('labels');
  mk('sentiment', 'cnbc-headlines');
  mk('sentiment', 'smsa');
  const headlines = Array.from({ length: 60 }, (_, i) => `Judul berita nomor ${i} tentang jembatan`);
  writeFileSync(
    join(root, 'labels', 'news2025-articles.jsonl'),
    jsonl(headlines.slice(0, 20).map((title, i) => ({ lid: `n${i}`, title, text: `Isi ${title}`, sentiment_title: 'positif', sentiment_body: 'netral', topic: 'infrastruktur', topic2: null, confidence: 'high' }))),
  );
  writeFileSync(
    join(root, 'labels', 'detik-headlines.jsonl'),
    // The first five repeat news2025 headlines with other punctuation and case: they must be dropped.
    jsonl([...headlines.slice(0, 5).map((t) => `${t.toUpperCase()}!`), ...headlines.slice(20, 40)].map((title, i) => ({ lid: `d${i}`, title, sentiment_title: 'negatif', topic: 'politik', topic2: null, confidence: 'low' }))),
  );
  const leads = Array.from({ length: 12 }, (_, i) => `Lead berita olahraga nomor ${i} di stadion`);
  writeFileSync(
    join(root, 'labels', 'indosum-leads.jsonl'),
    jsonl(leads.map((lead, i) => ({ lid: `s${i}`, id: `sum-${i}`, lead, sentiment_body: 'positif', topic: 'olahraga', confidence: 'high' }))),
  );
  // The unlabelled corpora: the same news-2025 articles, and IndoSum articles whose leads are labelled.
  mk('corpus', 'indo-news-2025');
  mk('corpus', 'indosum-dev');
  writeFileSync(
    join(root, 'corpus', 'indo-news-2025', 'articles.csv'),
    'Title,FullText,Author,Url,Date,source\n' + headlines.slice(0, 20).map((t) => `${t},Isi ${t},A,https://x.id/${t.length},2025-07-01,kompas`).join('\n') + '\n',
  );
  const tokens = (text: string) => [text.split(' ')];
  writeFileSync(
    join(root, 'corpus', 'indosum-dev', 'dev.01.jsonl'),
    jsonl(leads.map((lead, i) => ({ id: `sum-${i}`, category: 'olahraga', paragraphs: [tokens(lead), tokens('Paragraf kedua yang panjang')] }))),
  );
  writeFileSync(
    join(root, 'sentiment', 'cnbc-headlines', 'train.csv'),
    'judul,text,tanggal,sentimen\n' + headlines.slice(40).map((t) => `${t},${t.toLowerCase()},2025/01/01,netral`).join('\n') + `\n${headlines[0]},x,2025/01/01,negatif\n`,
  );
  writeFileSync(join(root, 'sentiment', 'smsa', 'train.tsv'), 'enak sekali\tpositive\nburuk sekali\tnegative\nbiasa saja\tneutral\n');
  writeFileSync(join(root, 'sentiment', 'smsa', 'valid.tsv'), 'biasa saja\tneutral\n');
  return root;
}

describe('training/prepare.py', () => {
  const shared = miniShared();
  const out = mkdtempSync(join(tmpdir(), 'kliping-data-'));
  runPython(SCRIPT, [], [], { env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: out } });
  const read = (name: string) => readFileSync(join(out, `${name}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const norm = (t: string) => t.toLowerCase().replace(/[^\w\s]/g, ' ').replace(/\s+/g, ' ').trim();

  it('drops duplicates across sources, keeping our own annotation first', () => {
    const all = [...read('tone_headline.train'), ...read('tone_headline.dev')];
    expect(all).toHaveLength(60);
    expect(new Set(all.map((r) => norm(r.text))).size).toBe(60);
    expect(all.find((r) => norm(r.text) === norm('Judul berita nomor 0 tentang jembatan'))).toMatchObject({ source: 'news2025', label: 'positif' });
  });
  it('keeps train and dev disjoint, and the split is the same on every run', () => {
    const train = new Set(read('tone_headline.train').map((r) => norm(r.text)));
    const dev = read('tone_headline.dev');
    expect(dev.length).toBeGreaterThan(0);
    expect(dev.some((r) => train.has(norm(r.text)))).toBe(false);
    const again = mkdtempSync(join(tmpdir(), 'kliping-data-'));
    runPython(SCRIPT, [], [], { env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: again } });
    expect(readFileSync(join(again, 'tone_headline.dev.jsonl'), 'utf8')).toBe(readFileSync(join(out, 'tone_headline.dev.jsonl'), 'utf8'));
  });
  it("puts an article's headline, body and headline + body rows on the same side", () => {
    const devTexts = new Set(['tone_headline', 'tone_body', 'topic'].flatMap((task) => read(`${task}.dev`).map((r) => norm(r.text))));
    const articles = [...read('tone_headline.train'), ...read('tone_headline.dev')].filter((r) => r.source === 'news2025').map((r) => r.text);
    const sides = articles.map((title) => [title, `Isi ${title}`, `${title}\n\nIsi ${title}`].map((t) => devTexts.has(norm(t))));
    expect(sides).toHaveLength(20);
    expect(sides.some(([headline]) => headline)).toBe(true);
    expect(sides.filter((side) => new Set(side).size > 1)).toEqual([]);
    expect(read('tone_body.dev').every((r) => !('article' in r))).toBe(true);
  });
  it('keeps every dev text out of the unlabelled pre-training corpus', () => {
    const dev = new Set(['tone_headline', 'tone_body', 'topic', 'tone_review'].flatMap((task) => read(`${task}.dev`).map((r) => norm(r.text.split('\n\n')[0]))));
    const pretrain = read('pretrain').map((r) => norm(r.text.split('\n\n')[0]));
    expect(dev.size).toBeGreaterThan(0);
    expect(pretrain.length).toBeGreaterThan(10);
    expect(pretrain.filter((first) => dev.has(first))).toEqual([]);
    // An article none of whose parts (headline, body, headline + body) is in a dev split is kept.
    const devTexts = new Set(['tone_headline', 'tone_body', 'topic'].flatMap((task) => read(`${task}.dev`).map((r) => norm(r.text))));
    const clean = read('tone_headline.train')
      .filter((r) => r.source === 'news2025')
      .map((r) => r.text)
      .filter((title) => ![title, `Isi ${title}`, `${title}\n\nIsi ${title}`].some((t) => devTexts.has(norm(t))));
    expect(clean.length).toBeGreaterThan(3);
    expect(clean.every((title) => pretrain.includes(norm(title)))).toBe(true);
  });
  it('removes SmSA valid texts from SmSA train and maps its labels', () => {
    expect(read('tone_review.train').map((r) => r.label).sort()).toEqual(['negatif', 'positif']);
    expect(read('tone_review.dev')).toEqual([{ text: 'biasa saja', label: 'netral', source: 'smsa', confidence: 'high' }]);
  });

  it('cross-validates by article: training/cv.py keeps every article in one fold and scores every fold', () => {
    const folds = join(out, 'folds.json');
    // --encoder also retrains the tone encoder per fold (one epoch with --quick) and scores the shipped blend.
    const log = runPython(join(import.meta.dirname, '..', '..', 'training', 'cv.py'), ['--quick', '--folds', '2', '--encoder', '--write-folds', folds], ['numpy', 'scipy', 'sklearn', 'torch'], {
      env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: out, PYTHONWARNINGS: 'ignore' },
    });
    const written = JSON.parse(readFileSync(folds, 'utf8')) as Record<string, Array<[string, number]>>;
    const foldOf = Object.fromEntries(Object.entries(written).map(([split, pairs]) => [split, new Map(pairs.map(([text, fold]) => [norm(text), fold]))]));
    const titles = Array.from({ length: 20 }, (_, i) => `Judul berita nomor ${i} tentang jembatan`);
    const sides = titles.map((t) => new Set([foldOf.tone_headline!.get(norm(t)), foldOf.tone_body!.get(norm(`Isi ${t}`)), foldOf.topic!.get(norm(`${t}\n\nIsi ${t}`))]));
    expect(sides.every((s) => s.size === 1 && !s.has(undefined))).toBe(true);
    expect(new Set(sides.map((s) => [...s][0])).size).toBe(2);
    // Only our news-2025 articles are folded; the other sources always train.
    expect(written.tone_headline!.length).toBe(20);
    for (const task of ['tone_headline', 'tone_body', 'topic']) expect(log).toMatch(new RegExp(`^${task}: kliping \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
    for (const task of ['tone_headline', 'tone_body']) expect(log).toMatch(new RegExp(`^${task}: blend \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
    expect(log).not.toMatch(/^topic: blend/m); // topic ships no encoder
    // The last fold's encoder learned its word vectors from unlabelled news without that fold's articles.
    const pretrain = read('cv_pretrain').map((r) => norm(r.text));
    const inPretrain = titles.map((t) => pretrain.includes(norm(`${t}\n\nIsi ${t}`)));
    expect(inPretrain).toEqual(sides.map((s) => [...s][0] !== 1));
  }, 120_000); // two folds of real model fitting and two encoder epochs: about 20 s alone, longer on a busy 2-core machine
});
