import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
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
  // newsweb: our second set of annotated articles, which also sit in the 12 M-word web corpus.
  const web = Array.from({ length: 10 }, (_, i) => ({ lid: `w${i}`, sid: `s${i}`, title: `Kabar daerah nomor ${i} soal pasar`, text: `Isi kabar daerah ${i}` }));
  writeFileSync(
    join(root, 'labels', 'newsweb-articles.jsonl'),
    jsonl(web.map((r) => ({ ...r, sentiment_title: 'negatif', sentiment_body: 'negatif', topic: 'ekonomi', topic2: null, confidence: 'high' }))),
  );
  mk('corpus', 'indo-news-web');
  const unlabelled = Array.from({ length: 5 }, (_, i) => ({ sid: `u${i}`, title: `Berita web tanpa label ${i}`, text: `Teks web ${i}` }));
  // Each annotated article also appears in the corpus under its id, spelled a little differently (as a
  // re-scrape would): only the id can tell that it is the same article.
  const corpus = [...unlabelled, ...web.map((r) => ({ sid: r.sid, title: `${r.title} (Update)`, text: `${r.text} (ANTARA)` }))];
  writeFileSync(join(root, 'corpus', 'indo-news-web', 'articles.jsonl.gz'), gzipSync(jsonl(corpus)));
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
    expect(all).toHaveLength(70);
    expect(new Set(all.map((r) => norm(r.text))).size).toBe(70);
    expect(all.filter((r) => r.source === 'newsweb')).toHaveLength(10);
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
  it('adds the unlabelled web corpus to the pre-training text, leaving out newsweb dev articles by their corpus id', () => {
    const pretrain = read('pretrain').map((r) => norm(r.text.split('\n\n')[0]));
    for (let i = 0; i < 5; i++) expect(pretrain).toContain(norm(`Berita web tanpa label ${i}`));
    const devTitles = new Set(read('tone_headline.dev').filter((r) => r.source === 'newsweb').map((r) => norm(r.text)));
    expect(devTitles.size).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) {
      const title = `Kabar daerah nomor ${i} soal pasar`;
      expect(pretrain.includes(norm(`${title} (Update)`))).toBe(!devTitles.has(norm(title)));
    }
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
    const webSides = Array.from({ length: 10 }, (_, i) => [`Kabar daerah nomor ${i} soal pasar`, `Isi kabar daerah ${i}`]).map(([t, body]) => new Set([foldOf.tone_headline!.get(norm(t!)), foldOf.tone_body!.get(norm(body!)), foldOf.topic!.get(norm(`${t}\n\n${body}`))]));
    expect(webSides.every((s) => s.size === 1 && !s.has(undefined))).toBe(true);
    // Only our annotated government-news articles (news-2025 and newsweb) are folded; the other sources always train.
    expect(written.tone_headline!.length).toBe(30);
    for (const task of ['tone_headline', 'tone_body', 'topic']) expect(log).toMatch(new RegExp(`^${task}: kliping \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
    for (const task of ['tone_headline', 'tone_body']) expect(log).toMatch(new RegExp(`^${task}: blend \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
    for (const task of ['tone_headline', 'tone_body']) expect(log).toMatch(new RegExp(`^${task}: encoder \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
    expect(log).not.toMatch(/^topic: blend/m); // topic ships no encoder
    // The last fold's encoder learned its word vectors from unlabelled news without that fold's articles.
    const pretrain = read('cv_pretrain').map((r) => norm(r.text));
    const inPretrain = titles.map((t) => pretrain.includes(norm(`${t}\n\nIsi ${t}`)));
    expect(inPretrain).toEqual(sides.map((s) => [...s][0] !== 1));
    const webInPretrain = Array.from({ length: 10 }, (_, i) => pretrain.includes(norm(`Kabar daerah nomor ${i} soal pasar (Update)\n\nIsi kabar daerah ${i} (ANTARA)`)));
    expect(webInPretrain).toEqual(webSides.map((s) => [...s][0] !== 1));
  }, 120_000); // two folds of real model fitting and two encoder epochs: about 20 s alone, longer on a busy 2-core machine

  it('runs folds in separate processes and writes the CV table once every fold has run', () => {
    const results = mkdtempSync(join(tmpdir(), 'kliping-results-'));
    const run = (folds: string) =>
      runPython(join(import.meta.dirname, '..', '..', 'training', 'cv.py'), ['--folds', '2', '--only-folds', folds], ['numpy', 'scipy', 'sklearn'], {
        env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: out, KLIPING_RESULTS: results, PYTHONWARNINGS: 'ignore' },
      });
    expect(run('1')).toMatch(/still to run in another process/);
    expect(existsSync(join(results, 'cv.json'))).toBe(false);
    run('0');
    const written = readFileSync(join(results, 'cv.json'), 'utf8');
    rmSync(join(results, 'cv.json'));
    runPython(join(import.meta.dirname, '..', '..', 'training', 'cv.py'), ['--folds', '2', '--summarise'], ['numpy', 'scipy', 'sklearn'], {
      env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: out, KLIPING_RESULTS: results, PYTHONWARNINGS: 'ignore' },
    });
    expect(readFileSync(join(results, 'cv.json'), 'utf8')).toBe(written); // the tables again, from the saved folds alone
    const cv = JSON.parse(written);
    for (const task of ['tone_headline', 'tone_body', 'topic']) {
      expect(cv[task].kliping).toHaveLength(2);
      expect(cv[task].baseline).toHaveLength(2);
      expect(cv[task].n.reduce((a: number, b: number) => a + b, 0)).toBe(30); // every annotated article scored once
    }
  }, 240_000); // full-size tables (2 × 2^18 buckets), as the real run: about 40 s alone, 100 s on a busy machine

  it('draws the learning curve: nested shares of the training folds\' government-news articles, the rest whole', () => {
    const log = runPython(join(import.meta.dirname, '..', '..', 'training', 'cv.py'), ['--quick', '--folds', '2', '--fractions', '0.5,1'], ['numpy', 'scipy', 'sklearn', 'torch'], {
      env: { ...process.env, KLIPING_SHARED: shared, KLIPING_TRAINING_DATA: out, PYTHONWARNINGS: 'ignore' },
    });
    const perFold = (share: string) => JSON.parse(log.match(new RegExp(`^== government-news training share ${share}: (\\[[\\d, ]+\\]) articles per fold`, 'm'))![1]!) as number[];
    const [half, whole] = [perFold('50%'), perFold('100%')];
    // Each of the 30 annotated articles trains exactly one of the two folds' models at 100 %.
    expect(whole.reduce((a, b) => a + b, 0)).toBe(30);
    expect(half.every((n, i) => n <= whole[i]!)).toBe(true);
    expect(half.reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(half.reduce((a, b) => a + b, 0)).toBeLessThan(25);
    for (const share of ['50%', '100%'])
      for (const task of ['tone_headline', 'tone_body', 'topic']) expect(log).toMatch(new RegExp(`^${task} at ${share}: kliping \\d\\.\\d{3}, baseline \\d\\.\\d{3}`, 'm'));
  }, 60_000);
});
