// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClippingClassifier, loadModel, type ClippingPrediction } from '../../lib/classify';
import { backoffMs, cancelRequeue, drainQueue, MAX_ATTEMPTS, nextReady, requeue, setToneOverride } from '../../lib/classify/queue';
import { getClipping, KlipingDB, saveClipping } from '../../lib/db';
import type { ExtractedArticle } from '../../lib/extract';
import { articleFixture, useFreshDb } from './db-helpers';
import { TEST_MODELS } from './global-setup';

const fresh = useFreshDb();
const article = (): ExtractedArticle => articleFixture({ title: `Gubernur resmikan jembatan ${crypto.randomUUID().slice(0, 8)}` });

const fakePrediction = (label: 'negatif' | 'netral' | 'positif'): ClippingPrediction => {
  const scores = { negatif: 0.1, netral: 0.1, positif: 0.1, [label]: 0.8 };
  const p = { label, score: 0.8, scores };
  return { headline: p, body: p, topic: null, overall: p, model: { tone: 'fake', topic: null, version: '1' }, ms: 1 };
};

describe('classification queue', () => {
  it('classifies waiting clippings oldest first and stores the predictions', async () => {
    const newer = article();
    const older = article();
    const a = await saveClipping(fresh.db, newer, { clipSource: 'popup', now: 2000 });
    const b = await saveClipping(fresh.db, older, { clipSource: 'popup', now: 1000 });
    const seen: string[] = [];
    const report = await drainQueue(fresh.db, async (input) => {
      seen.push(input.title!);
      return fakePrediction('positif');
    });
    expect(report).toEqual({ classified: 2, failed: 0 });
    expect(seen).toEqual([older.title, newer.title]);
    for (const id of [a.id, b.id]) expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'positif' } } });
  });

  it('keeps a clipping saved and retries with back-off when the model fails, then marks it failed with the reason', async () => {
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    let clock = 10_000;
    const broken = async () => {
      throw new Error('Model tidak dapat dimuat: berkas rusak');
    };
    await drainQueue(fresh.db, broken, { now: () => clock });
    expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Model tidak dapat dimuat: berkas rusak', nextAttemptAt: clock + backoffMs(1) });
    expect(await nextReady(fresh.db, clock)).toBeUndefined();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock += backoffMs(attempt - 1);
      await drainQueue(fresh.db, broken, { now: () => clock });
    }
    expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, title: expect.any(String), text: expect.any(String) });
  });

  it('survives a restart: a new database handle finds the waiting work', async () => {
    await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    fresh.db.close();
    const reopened = new KlipingDB(fresh.name);
    expect(await nextReady(reopened, Date.now())).toBeDefined();
    expect((await drainQueue(reopened, async () => fakePrediction('netral'))).classified).toBe(1);
    reopened.close();
    await fresh.db.open();
  });

  it('re-runs keep the officer override; cancel restores the earlier result', async () => {
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await drainQueue(fresh.db, async () => fakePrediction('negatif'));
    await setToneOverride(fresh.db, id, 'positif', 'petugas', 5);
    expect(await requeue(fresh.db, [id])).toBe(1);
    expect((await getClipping(fresh.db, id))?.status).toBe('pending');
    expect(await cancelRequeue(fresh.db, [id])).toBe(1);
    expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'negatif' } } });
    await requeue(fresh.db, 'all');
    await drainQueue(fresh.db, async () => fakePrediction('netral'));
    expect(await getClipping(fresh.db, id)).toMatchObject({
      classification: { overall: { label: 'netral' } },
      toneOverride: { tone: 'positif', by: 'petugas', at: 5 },
    });
  });

  it('stops when cancelled', async () => {
    await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const controller = new AbortController();
    const report = await drainQueue(fresh.db, async () => fakePrediction('netral'), { signal: controller.signal, onProgress: () => controller.abort() });
    expect(report.classified).toBe(1);
  });

  it('a broken model file fails the load, and the clipping stays saved with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-broken-'));
    const broken = join(dir, 'rusak');
    mkdirSync(join(broken, 'onnx'), { recursive: true });
    for (const file of readdirSync(join(TEST_MODELS, 'tiny-tone-id'))) if (file !== 'onnx') copyFileSync(join(TEST_MODELS, 'tiny-tone-id', file), join(broken, file));
    writeFileSync(join(broken, 'onnx', 'model.onnx'), 'bukan model onnx');
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const classify = async (input: { title?: string | null; text?: string | null }) =>
      new ClippingClassifier(await loadModel({ root: dir, id: 'rusak' })).classify(input);
    const report = await drainQueue(fresh.db, classify);
    expect(report).toEqual({ classified: 0, failed: 1 });
    const stored = await getClipping(fresh.db, id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1, classification: null });
    expect(stored?.lastError).toBeTruthy();
  });
});
