import 'fake-indexeddb/auto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClippingClassifier, loadModel, type ClippingPrediction } from '../../lib/classify';
import { backoffMs, cancelRequeue, drainQueue, MAX_ATTEMPTS, nextReady, requeue, setToneOverride } from '../../lib/classify/queue';
import { getClipping, KlipingDB, saveClipping } from '../../lib/db';
import type { ExtractedArticle } from '../../lib/extract';
import { TEST_MODELS } from './global-setup';

let db: KlipingDB;
let name: string;
beforeEach(async () => {
  name = `kliping-queue-${crypto.randomUUID()}`;
  db = new KlipingDB(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await KlipingDB.delete(name);
});

let n = 0;
const article = (): ExtractedArticle => {
  n += 1;
  return {
    kind: 'article', url: `https://contoh.id/${n}`, canonicalUrl: `https://contoh.id/${n}`, urlKey: `contoh.id/${n}`,
    title: `Gubernur resmikan jembatan ${n}`, author: null, editor: null, editorInitials: null, outlet: 'Contoh', outletType: null,
    outletDomain: 'contoh.id', publishedAt: null, dateline: null, lang: 'id', excerpt: '', text: 'Warga menyambut baik jembatan baru.',
    wordCount: 5, imageUrl: null, hiddenPagesRevealed: 0, pages: null, sources: {},
  };
};
const fakePrediction = (label: 'negatif' | 'netral' | 'positif'): ClippingPrediction => {
  const scores = { negatif: 0.1, netral: 0.1, positif: 0.1, [label]: 0.8 };
  const p = { label, score: 0.8, scores };
  return { headline: p, body: p, topic: null, overall: p, model: { tone: 'fake', topic: null, version: '1' }, ms: 1 };
};

describe('classification queue', () => {
  it('classifies waiting clippings oldest first and stores the predictions', async () => {
    const a = await saveClipping(db, article(), { clipSource: 'popup', now: 2000 });
    const b = await saveClipping(db, article(), { clipSource: 'popup', now: 1000 });
    const seen: string[] = [];
    const report = await drainQueue(db, async (input) => {
      seen.push(input.title!);
      return fakePrediction('positif');
    });
    expect(report).toEqual({ classified: 2, failed: 0 });
    expect(seen).toEqual([`Gubernur resmikan jembatan ${n}`, `Gubernur resmikan jembatan ${n - 1}`]);
    for (const id of [a.id, b.id]) expect(await getClipping(db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'positif' } } });
  });

  it('keeps a clipping saved and retries with back-off when the model fails, then marks it failed with the reason', async () => {
    const { id } = await saveClipping(db, article(), { clipSource: 'popup' });
    let clock = 10_000;
    const broken = async () => {
      throw new Error('Model tidak dapat dimuat: berkas rusak');
    };
    await drainQueue(db, broken, { now: () => clock });
    expect(await getClipping(db, id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Model tidak dapat dimuat: berkas rusak', nextAttemptAt: clock + backoffMs(1) });
    expect(await nextReady(db, clock)).toBeUndefined();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock += backoffMs(attempt - 1);
      await drainQueue(db, broken, { now: () => clock });
    }
    expect(await getClipping(db, id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, title: expect.any(String), text: expect.any(String) });
  });

  it('survives a restart: a new database handle finds the waiting work', async () => {
    await saveClipping(db, article(), { clipSource: 'popup' });
    db.close();
    const reopened = new KlipingDB(name);
    expect(await nextReady(reopened, Date.now())).toBeDefined();
    expect((await drainQueue(reopened, async () => fakePrediction('netral'))).classified).toBe(1);
    reopened.close();
    await db.open();
  });

  it('re-runs keep the officer override; cancel restores the earlier result', async () => {
    const { id } = await saveClipping(db, article(), { clipSource: 'popup' });
    await drainQueue(db, async () => fakePrediction('negatif'));
    await setToneOverride(db, id, 'positif', 'petugas', 5);
    expect(await requeue(db, [id])).toBe(1);
    expect((await getClipping(db, id))?.status).toBe('pending');
    expect(await cancelRequeue(db, [id])).toBe(1);
    expect(await getClipping(db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'negatif' } } });
    await requeue(db, 'all');
    await drainQueue(db, async () => fakePrediction('netral'));
    expect(await getClipping(db, id)).toMatchObject({
      classification: { overall: { label: 'netral' } },
      toneOverride: { tone: 'positif', by: 'petugas', at: 5 },
    });
  });

  it('stops when cancelled', async () => {
    await saveClipping(db, article(), { clipSource: 'popup' });
    await saveClipping(db, article(), { clipSource: 'popup' });
    const controller = new AbortController();
    const report = await drainQueue(db, async () => fakePrediction('netral'), { signal: controller.signal, onProgress: () => controller.abort() });
    expect(report.classified).toBe(1);
  });

  it('a broken model file fails the load, and the clipping stays saved with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-broken-'));
    const broken = join(dir, 'rusak');
    mkdirSync(join(broken, 'onnx'), { recursive: true });
    for (const file of readdirSync(join(TEST_MODELS, 'tiny-tone-id'))) if (file !== 'onnx') copyFileSync(join(TEST_MODELS, 'tiny-tone-id', file), join(broken, file));
    writeFileSync(join(broken, 'onnx', 'model.onnx'), 'bukan model onnx');
    const { id } = await saveClipping(db, article(), { clipSource: 'popup' });
    const classify = async (input: { title?: string | null; text?: string | null }) =>
      new ClippingClassifier(await loadModel({ root: dir, id: 'rusak' })).classify(input);
    const report = await drainQueue(db, classify);
    expect(report).toEqual({ classified: 0, failed: 1 });
    const stored = await getClipping(db, id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1, classification: null });
    expect(stored?.lastError).toBeTruthy();
  });
});
