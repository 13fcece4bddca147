// Must come before Dexie is imported: Dexie picks up the global indexedDB at import time.
import 'fake-indexeddb/auto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClippingClassifier, loadModel, type ClippingPrediction } from '../../lib/classify';
import { backoffMs, cancelRequeue, drainQueue, MAX_ATTEMPTS, nextReady, readyBatch, requeue, setToneOverride } from '../../lib/classify/queue';
import type { ClippingInput } from '../../lib/classify/engine';
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

/** A stand-in for the worker: one prediction per input, every call recorded. */
const each = (predict: (input: ClippingInput) => ClippingPrediction, calls: ClippingInput[][] = []) =>
  async (inputs: ClippingInput[]) => {
    calls.push(inputs);
    return inputs.map(predict);
  };

describe('classification queue', () => {
  it('classifies waiting clippings in the order they were saved, in batches, and stores the predictions', async () => {
    const saved = [];
    for (let i = 0; i < 11; i++) saved.push(await saveClipping(fresh.db, article(), { clipSource: 'popup', now: 1000 + i }));
    const calls: ClippingInput[][] = [];
    const report = await drainQueue(fresh.db, each(() => fakePrediction('positif'), calls), { batchSize: 4 });
    expect(report).toEqual({ classified: 11, failed: 0 });
    expect(calls.map((batch) => batch.length)).toEqual([4, 4, 3]);
    const titles = await Promise.all(saved.map(async ({ id }) => (await getClipping(fresh.db, id))!.title));
    expect(calls.flat().map((input) => input.title)).toEqual(titles);
    for (const { id } of saved) expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'positif' } } });
    expect(await fresh.db.clippings.where('status').equals('pending').count()).toBe(0);
  });

  it('a batch the model fails on is retried one by one: only the clipping it cannot read waits for a retry', async () => {
    const good = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const bad = await saveClipping(fresh.db, articleFixture({ title: 'RUSAK tidak terbaca' }), { clipSource: 'popup' });
    const alsoGood = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const classify = async (inputs: ClippingInput[]) => {
      if (inputs.some((input) => input.title?.startsWith('RUSAK'))) throw new Error('teks tidak terbaca');
      return inputs.map(() => fakePrediction('netral'));
    };
    expect(await drainQueue(fresh.db, classify, { now: () => 50_000 })).toEqual({ classified: 2, failed: 1 });
    for (const { id } of [good, alsoGood]) expect((await getClipping(fresh.db, id))?.status).toBe('done');
    expect(await getClipping(fresh.db, bad.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'teks tidak terbaca' });
    expect(await fresh.db.clippings.where('status').equals('pending').count()).toBe(1);
    expect(await readyBatch(fresh.db, 50_000)).toEqual([]); // in back-off
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
    expect((await drainQueue(reopened, each(() => fakePrediction('netral')))).classified).toBe(1);
    reopened.close();
    await fresh.db.open();
  });

  it('re-runs keep the officer override; cancel restores the earlier result', async () => {
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await drainQueue(fresh.db, each(() => fakePrediction('negatif')));
    await setToneOverride(fresh.db, id, 'positif', 'petugas', 5);
    expect(await requeue(fresh.db, [id])).toBe(1);
    expect((await getClipping(fresh.db, id))?.status).toBe('pending');
    expect(await cancelRequeue(fresh.db, [id])).toBe(1);
    expect(await getClipping(fresh.db, id)).toMatchObject({ status: 'done', classification: { overall: { label: 'negatif' } } });
    await requeue(fresh.db, 'all');
    await drainQueue(fresh.db, each(() => fakePrediction('netral')));
    expect(await getClipping(fresh.db, id)).toMatchObject({
      classification: { overall: { label: 'netral' } },
      toneOverride: { tone: 'positif', by: 'petugas', at: 5 },
    });
  });

  it('stops when cancelled', async () => {
    await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const controller = new AbortController();
    const report = await drainQueue(fresh.db, each(() => fakePrediction('netral')), { batchSize: 1, signal: controller.signal, onProgress: () => controller.abort() });
    expect(report.classified).toBe(1);
  });

  it('a broken model file fails the load, and the clipping stays saved with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kliping-broken-'));
    const broken = join(dir, 'rusak');
    mkdirSync(join(broken, 'onnx'), { recursive: true });
    for (const file of readdirSync(join(TEST_MODELS, 'tiny-tone-id'))) if (file !== 'onnx') copyFileSync(join(TEST_MODELS, 'tiny-tone-id', file), join(broken, file));
    writeFileSync(join(broken, 'onnx', 'model.onnx'), 'bukan model onnx');
    const { id } = await saveClipping(fresh.db, article(), { clipSource: 'popup' });
    const classify = async (inputs: ClippingInput[]) => new ClippingClassifier(await loadModel({ root: dir, id: 'rusak' })).classifyMany(inputs);
    const report = await drainQueue(fresh.db, classify);
    expect(report).toEqual({ classified: 0, failed: 1 });
    const stored = await getClipping(fresh.db, id);
    expect(stored).toMatchObject({ status: 'pending', attempts: 1, classification: null });
    expect(stored?.lastError).toBeTruthy();
  });
});
