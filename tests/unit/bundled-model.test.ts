import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClippingClassifier, loadModel, TOPIC_IDS } from '../../lib/classify';
import { NgramModel, type NgramMeta } from '../../lib/classify/ngram';

const MODELS = join(import.meta.dirname, '..', '..', 'public', 'models');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'models');

/** Written by training/train.py from the training framework itself (torch), for fixed dev texts. */
interface Agreement {
  texts: string[];
  labels: string[];
  /** The encoder's probabilities, for models with an encoder. */
  encoder?: number[][];
  /** Logits of each n-gram companion (by file stem) for the same texts. */
  ngram_logits: Record<string, number[][]>;
  /** Body scores of the news and review experts behind their gate, for models that have a gate. */
  body_proba?: number[][];
}

const argmax = (values: number[]) => values.indexOf(Math.max(...values));
const agreement = (model: string) => JSON.parse(readFileSync(join(FIXTURES, model, 'agreement.json'), 'utf8')) as Agreement;

const SHIPPED = ['kliping-tone', 'kliping-topic'];
const configOf = (model: string) => JSON.parse(readFileSync(join(MODELS, model, 'config.json'), 'utf8'));
const hasEncoder = (model: string) => configOf(model).kliping.encoder !== false;

it('ships n-gram models without an encoder, by measurement (see ENCODER in training/train.py)', () => {
  expect(SHIPPED.filter(hasEncoder)).toEqual([]);
});

it('reads body text with a news expert and a review expert behind a gate, as the training script scored them', async () => {
  const fixture = agreement('kliping-tone');
  expect(fixture.texts.length).toBeGreaterThanOrEqual(50);
  expect(fixture.body_proba).toHaveLength(fixture.texts.length);
  const classifier = new ClippingClassifier(await loadModel({ root: MODELS, id: 'kliping-tone' }));
  for (const [i, text] of fixture.texts.entries()) {
    const { body } = await classifier.classify({ text });
    fixture.labels.forEach((label, c) => expect((body!.scores as Record<string, number>)[label], `#${i} ${label}`).toBeCloseTo(fixture.body_proba![i]![c]!, 4));
  }
  // The gate sends news bodies to the news expert and reviews to the review expert.
  const gate = configOf('kliping-tone').kliping.ngram.gate as string;
  const meta = JSON.parse(readFileSync(join(MODELS, 'kliping-tone', `${gate}.json`), 'utf8')) as NgramMeta;
  const bytes = readFileSync(join(MODELS, 'kliping-tone', `${gate}.bin`));
  const model = new NgramModel(meta, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const body = [
    'BANJARMASIN - Pemerintah Provinsi Kalimantan Selatan menyalurkan bantuan pangan kepada 12 ribu keluarga terdampak banjir di tiga kabupaten, Senin (24/11/2025).',
    'Gubernur mengatakan penyaluran dilakukan bertahap melalui posko di setiap kecamatan dan diawasi oleh dinas sosial.',
    '"Kami pastikan bantuan sampai ke warga yang paling membutuhkan," ujarnya kepada wartawan di Banjarmasin.',
  ].join('\n\n');
  expect(model.probabilities(body).berita).toBeGreaterThan(0.5);
  expect(model.probabilities('makanannya enak banget, pelayanannya ramah, pasti balik lagi ke sini!').ulasan).toBeGreaterThan(0.5);
});

describe.each(SHIPPED)('bundled model %s', (model) => {
  const folder = join(MODELS, model);
  const fixture = agreement(model);

  it('ships in transformers.js layout with the int8 graph only, or its n-gram companion alone', () => {
    const config = configOf(model);
    const stems = [...new Set(Object.values(config.kliping.ngram as Record<string, string>))];
    expect(stems.sort()).toEqual(Object.keys(fixture.ngram_logits).sort());
    const encoderFiles = hasEncoder(model) ? ['tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx'] : [];
    for (const file of ['config.json', ...encoderFiles, ...stems.flatMap((s) => [`${s}.json`, `${s}.bin`])]) {
      expect(existsSync(join(folder, file)), file).toBe(true);
    }
    expect(existsSync(join(folder, 'onnx', 'model.onnx'))).toBe(false);
    expect(Object.values(config.id2label)).toEqual(fixture.labels);
    if (!hasEncoder(model)) {
      expect(existsSync(join(folder, 'onnx'))).toBe(false);
      expect(config.kliping.ngram_weight).toBe(1);
      return;
    }
    expect(config['transformers.js_config'].dtype).toBe('q8');
    expect(config.kliping.ngram_weight).toBeGreaterThan(0);
    // The encoder learnt positions up to 256 tokens; the tokenizer must cut there.
    expect(JSON.parse(readFileSync(join(folder, 'tokenizer_config.json'), 'utf8')).model_max_length).toBe(256);
  });

  it("n-gram companions in TypeScript give the training script's logits", () => {
    for (const [stem, logits] of Object.entries(fixture.ngram_logits)) {
      const meta = JSON.parse(readFileSync(join(folder, `${stem}.json`), 'utf8')) as NgramMeta;
      const bytes = readFileSync(join(folder, `${stem}.bin`));
      const ngram = new NgramModel(meta, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      fixture.texts.forEach((text, i) => {
        ngram.logits(text).forEach((logit, c) => expect(logit, `${stem} #${i}`).toBeCloseTo(logits[i]![c]!, 3));
      });
    }
  });

});

describe.each(SHIPPED.filter(hasEncoder))('bundled encoder %s', (model) => {
  const fixture = agreement(model);
  it('int8 encoder run by transformers.js agrees with the training framework on ≥ 99% of argmax', async () => {
    const expected = fixture.encoder!;
    expect(expected).toHaveLength(fixture.texts.length);
    const encoder = await loadModel({ root: MODELS, id: model }, { ngram: false });
    const scores = await encoder.run(fixture.texts);
    const same = scores.filter((s, i) => {
      const byLabel = Object.fromEntries(s.map(({ label, score }) => [label, score]));
      return argmax(fixture.labels.map((l) => byLabel[l]!)) === argmax(expected[i]!);
    }).length;
    expect(fixture.texts.length).toBeGreaterThanOrEqual(50);
    expect(same / fixture.texts.length).toBeGreaterThanOrEqual(0.99);
    await encoder.dispose();
  }, 60_000);
});

describe('bundled models through the engine', () => {
  it('map to negatif/netral/positif and taxonomy topics, and classify a clipping', async () => {
    const tone = await loadModel({ root: MODELS, id: 'kliping-tone' });
    const topic = await loadModel({ root: MODELS, id: 'kliping-topic' });
    expect([...tone.labels].sort()).toEqual(['negatif', 'netral', 'positif']);
    expect(topic.labels.every((l) => TOPIC_IDS.includes(l as never))).toBe(true);
    const classifier = new ClippingClassifier(tone, topic);
    const result = await classifier.classify({
      title: 'Banjir rendam ribuan rumah, warga mengungsi',
      text: 'Banjir merendam ribuan rumah warga setelah hujan deras. Ratusan warga mengungsi ke posko darurat.\n\nBPBD mencatat kerugian besar.',
    });
    expect(result.headline?.label).toBe('negatif');
    expect(result.model.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(result.topic && TOPIC_IDS.includes(result.topic.label as never)).toBe(true);
    await Promise.all([tone.dispose(), topic.dispose()]);
  }, 60_000);
});

describe('n-gram features', () => {
  it('hashes with 32-bit FNV-1a over UTF-8', async () => {
    const { fnv1a } = await import('../../lib/classify/ngram');
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(fnv1a('é')).toBe(0x1e9de8c1); // two UTF-8 bytes, as training/ngram.py hashes it
  });
  it('tokenises like the training script: accents folded, punctuation and case dropped', async () => {
    const { ngramTokens, ngramCounts } = await import('../../lib/classify/ngram');
    expect(ngramTokens('Kafé "Rakyat" Dibuka, 2 Jam!')).toEqual(['kafe', 'rakyat', 'dibuka', '2', 'jam']);
    const counts = ngramCounts('mbg mbg', 1 << 10);
    // 2 unigrams + 1 bigram in the word block; 2 × (3 + 2 + 1) char n-grams of " mbg " in the char block.
    const word = [...counts].filter(([k]) => k < 1 << 10).reduce((s, [, n]) => s + n, 0);
    const char = [...counts].filter(([k]) => k >= 1 << 10).reduce((s, [, n]) => s + n, 0);
    expect([word, char]).toEqual([3, 12]);
  });
});
