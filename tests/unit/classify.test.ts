import { describe, expect, it } from 'vitest';
import {
  aggregateChunkScores,
  chunkBody,
  ClippingClassifier,
  confidenceWord,
  deriveOverallTone,
  effectiveTone,
  loadModel,
  ModelLabelError,
  toneLabelMap,
  type Prediction,
  type Tone,
} from '../../lib/classify';
import { TEST_MODELS } from './global-setup';

const tone = (negatif: number, netral: number, positif: number): Prediction<Tone> => {
  const scores = { negatif, netral, positif };
  const [label, score] = Object.entries(scores).reduce((a, b) => (b[1] > a[1] ? b : a)) as [Tone, number];
  return { label, score, scores };
};

describe('toneLabelMap', () => {
  it('understands Indonesian and English names', () => {
    expect(toneLabelMap({ 0: 'negative', 1: 'neutral', 2: 'positive' })).toEqual({ negative: 'negatif', neutral: 'netral', positive: 'positif' });
    expect(toneLabelMap({ 0: 'Positif', 1: 'Negatif', 2: 'Netral' })).toEqual({ Positif: 'positif', Negatif: 'negatif', Netral: 'netral' });
  });
  it('accepts LABEL_0..2 only with a declared mapping', () => {
    expect(() => toneLabelMap({ 0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2' })).toThrow(ModelLabelError);
    expect(toneLabelMap({ 0: 'LABEL_0', 1: 'LABEL_1', 2: 'LABEL_2' }, { LABEL_0: 'positive', LABEL_1: 'negative', LABEL_2: 'neutral' })).toEqual({
      LABEL_0: 'positif',
      LABEL_1: 'negatif',
      LABEL_2: 'netral',
    });
  });
  it('refuses models that are not three-class tone models, in Indonesian', () => {
    expect(() => toneLabelMap({ 0: 'joy', 1: 'anger', 2: 'fear' })).toThrow(/bukan negatif\/netral\/positif/);
    expect(() => toneLabelMap({ 0: 'negative', 1: 'positive' })).toThrow(/tepat tiga label/);
    expect(() => toneLabelMap({ 0: 'negative', 1: 'neg', 2: 'positive' })).toThrow(/tepat tiga label/);
  });
});

describe('chunkBody and aggregateChunkScores', () => {
  const paragraph = (words: number, word = 'kata') => Array.from({ length: words }, () => word).join(' ');
  it('keeps short bodies in one chunk and cuts long ones at paragraph boundaries', () => {
    expect(chunkBody(`${paragraph(50)}\n\n${paragraph(50)}`)).toHaveLength(1);
    const chunks = chunkBody([150, 150, 150].map((n) => paragraph(n)).join('\n\n'));
    expect(chunks.map((c) => c.words)).toEqual([150, 150, 150]);
  });
  it('cuts a very long paragraph and stops after the first chunks', () => {
    const chunks = chunkBody(paragraph(5000));
    expect(chunks).toHaveLength(5);
    expect(chunks.every((c) => c.words <= 200)).toBe(true);
  });
  it('weights the lead twice and the rest by length', () => {
    const scores = aggregateChunkScores(
      [{ text: 'a', words: 100 }, { text: 'b', words: 100 }],
      [{ negatif: 1, netral: 0, positif: 0 }, { negatif: 0, netral: 0, positif: 1 }],
    );
    expect(scores.negatif).toBeCloseTo(2 / 3);
    expect(scores.positif).toBeCloseTo(1 / 3);
  });
});

describe('overall tone and overrides', () => {
  it('mixes headline (0.4) and body (0.6) scores', () => {
    expect(deriveOverallTone(tone(0.9, 0.05, 0.05), tone(0.1, 0.1, 0.8))?.label).toBe('positif');
    expect(deriveOverallTone(tone(0.9, 0.05, 0.05), tone(0.3, 0.4, 0.3))?.label).toBe('negatif');
  });
  it('uses the part that exists', () => {
    expect(deriveOverallTone(null, tone(0.1, 0.8, 0.1))?.label).toBe('netral');
    expect(deriveOverallTone(null, null)).toBeNull();
  });
  it("lets the officer's correction win over any model run", () => {
    const override = { tone: 'positif' as const, by: 'humas@kalselprov.go.id', at: 1 };
    expect(effectiveTone(tone(0.9, 0.05, 0.05), override)).toEqual({ tone: 'positif', source: 'officer' });
    expect(effectiveTone(tone(0.9, 0.05, 0.05), null)).toEqual({ tone: 'negatif', source: 'model' });
  });
  it('says "yakin" only for confident predictions', () => {
    expect(confidenceWord(0.93)).toBe('yakin');
    expect(confidenceWord(0.55)).toBe('kurang yakin');
  });
});

describe('ClippingClassifier with tiny random models (transformers.js in Node)', () => {
  const local = (id: string) => loadModel({ root: TEST_MODELS, id });

  it('predicts headline, chunked body, topic and overall tone with full score vectors', async () => {
    const classifier = new ClippingClassifier(await local('tiny-tone-id'), await local('tiny-topic'));
    const body = Array.from({ length: 6 }, (_, i) => `Paragraf ${i}: ${'pemerintah membangun jembatan baru untuk warga '.repeat(12)}`).join('\n\n');
    const result = await classifier.classify({ title: 'Gubernur resmikan jembatan baru', text: body });
    for (const part of [result.headline, result.body, result.overall]) {
      expect(Object.keys(part!.scores).sort()).toEqual(['negatif', 'netral', 'positif']);
      expect(Object.values(part!.scores).reduce((a, b) => a + b)).toBeCloseTo(1, 5);
      expect(part!.score).toBe(Math.max(...Object.values(part!.scores)));
    }
    expect(Object.keys(result.topic!.scores)).toHaveLength(17);
    expect(result.model).toEqual({ tone: 'tiny-tone-id', topic: 'tiny-topic', version: 'tanpa-versi' });
    expect(result.ms).toBeGreaterThan(0);
  });

  it('gives the same headline scores alone as in a batch', async () => {
    const model = await local('tiny-tone-id');
    const classifier = new ClippingClassifier(model);
    const alone = await classifier.classify({ title: 'Banjir rendam tiga desa' });
    const [batched] = await model.run(['Banjir rendam tiga desa', 'Harga beras turun']);
    expect(alone.headline!.scores.negatif).toBeCloseTo(batched!.find((s) => s.label === 'negatif')!.score, 5);
    expect(alone.body).toBeNull();
    expect(alone.topic).toBeNull();
  });

  it('classifies several clippings in one batch exactly as one by one, in their order', async () => {
    const classifier = new ClippingClassifier(await local('tiny-tone-id'), await local('tiny-topic'));
    const long = Array.from({ length: 7 }, (_, i) => `Paragraf ${i}: ${'warga mengeluhkan banjir yang tak kunjung surut '.repeat(10)}`).join('\n\n');
    const inputs = [
      { title: 'Gubernur resmikan jembatan baru', text: long },
      { title: 'Harga beras turun' },
      { text: 'Pemerintah daerah menyalurkan bantuan pangan kepada warga terdampak.' },
      { title: null, text: null },
      { title: 'Banjir rendam tiga desa', text: 'Air setinggi satu meter merendam rumah warga sejak pagi.' },
    ];
    const batched = await classifier.classifyMany(inputs);
    expect(batched).toHaveLength(inputs.length);
    for (const [i, input] of inputs.entries()) {
      const alone = await classifier.classify(input);
      for (const part of ['headline', 'body', 'topic', 'overall'] as const) {
        if (alone[part] === null) {
          expect(batched[i]![part]).toBeNull();
          continue;
        }
        expect(batched[i]![part]!.label).toBe(alone[part]!.label);
        for (const [label, score] of Object.entries(alone[part]!.scores)) expect((batched[i]![part]!.scores as Record<string, number>)[label]).toBeCloseTo(score, 4);
      }
    }
  });

  it('refuses a tone model with generic labels unless the mapping is declared', async () => {
    const generic = await local('tiny-tone-generic');
    expect(() => new ClippingClassifier(generic)).toThrow(ModelLabelError);
    const mapped = new ClippingClassifier(generic, null, { LABEL_0: 'negative', LABEL_1: 'neutral', LABEL_2: 'positive' });
    expect((await mapped.classify({ title: 'Judul' })).headline?.label).toMatch(/negatif|netral|positif/);
  });

  it('refuses a topic model whose labels are not taxonomy ids', async () => {
    const [toneModel, wrongTopic] = await Promise.all([local('tiny-tone-id'), local('tiny-topic-wrong')]);
    expect(() => new ClippingClassifier(toneModel, wrongTopic)).toThrow(/di luar taksonomi: sport, business, world/);
  });

  it('fails with a clear error when the model folder is missing, and never goes online', async () => {
    await expect(loadModel({ root: TEST_MODELS, id: 'tidak-ada' })).rejects.toThrow();
  });
});
