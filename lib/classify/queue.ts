import type { KlipingDB } from '../db';
import type { Clipping } from '../db/types';
import type { ClippingInput, ClippingPrediction } from './engine';
import type { Tone } from './labels';

/** After this many failed tries a clipping is marked failed (with the reason) until re-run by hand. */
export const MAX_ATTEMPTS = 5;

/** 30 s, 1 min, 2 min, 4 min… capped at 30 min. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 30 * 60_000);
}

/** Clippings classified together: one worker message, one encoder batch, one database write. */
export const QUEUE_BATCH = 8;

/**
 * Up to `limit` live clippings waiting for classification whose back-off has passed, in the order they
 * became ready (new clippings: the order they were saved). Read straight off the index with a limit: an
 * import of 900 clippings no longer reads all 900 texts for every one it classifies.
 */
export async function readyBatch(db: KlipingDB, now: number, limit = QUEUE_BATCH): Promise<Clipping[]> {
  return db.clippings
    .where('[status+nextAttemptAt]')
    .between(['pending', -Infinity], ['pending', now], true, true)
    .filter((c) => c.deletedAt === null)
    .limit(limit)
    .toArray();
}

/** The next live clipping waiting for classification whose back-off has passed. */
export async function nextReady(db: KlipingDB, now: number): Promise<Clipping | undefined> {
  return (await readyBatch(db, now, 1))[0];
}

/** When the next waiting clipping becomes ready (epoch ms), or null when nothing waits. */
export async function nextWakeUp(db: KlipingDB): Promise<number | null> {
  const first = await db.clippings.where('[status+nextAttemptAt]').between(['pending', -Infinity], ['pending', Infinity]).first();
  return first ? first.nextAttemptAt : null;
}

export function inputOf(clipping: Clipping): ClippingInput {
  return { title: clipping.title, text: clipping.kind === 'bookmark' ? null : clipping.text };
}

/** Stores a batch's predictions in one transaction (one change for the page's live queries, not eight). */
export async function recordResults(db: KlipingDB, results: ReadonlyArray<{ id: number; prediction: ClippingPrediction }>): Promise<void> {
  await db.clippings.bulkUpdate(results.map(({ id, prediction }) => ({ key: id, changes: { classification: prediction, status: 'done', lastError: null, attempts: 0, nextAttemptAt: 0 } })));
}

export async function recordFailure(db: KlipingDB, id: number, reason: string, now: number): Promise<void> {
  await db.transaction('rw', db.clippings, async () => {
    const clipping = await db.clippings.get(id);
    if (!clipping) return;
    const attempts = clipping.attempts + 1;
    await db.clippings.update(id, {
      attempts,
      lastError: reason,
      status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      nextAttemptAt: now + backoffMs(attempts),
    });
  });
}

/** "Klasifikasi ulang": puts clippings back in the queue; the officer's overrides stay. */
export async function requeue(db: KlipingDB, ids: number[] | 'all'): Promise<number> {
  const collection = ids === 'all' ? db.clippings.filter((c) => c.deletedAt === null) : db.clippings.where('id').anyOf(ids);
  return collection.modify({ status: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null });
}

/** Stops a re-run: what is still waiting and was classified before goes back to its old result. */
export async function cancelRequeue(db: KlipingDB, ids: number[]): Promise<number> {
  return db.clippings
    .where('id')
    .anyOf(ids)
    .filter((c) => c.status === 'pending' && c.classification !== null)
    .modify({ status: 'done' });
}

/** The officer's tone correction (null removes it); also counts as labelling, which the officer's learner learns from. */
export async function setToneOverride(db: KlipingDB, id: number | number[], tone: Tone | null, by: string, now = Date.now()): Promise<void> {
  const ids = Array.isArray(id) ? id : [id];
  await db.clippings.where('id').anyOf(ids).modify({ toneOverride: tone ? { tone, by, at: now } : null, labelledAt: now });
}

export interface DrainReport {
  classified: number;
  failed: number;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Classifies waiting clippings in batches until none is ready. When a batch fails, its clippings are tried
 * one by one, so one clipping the model cannot read holds back only itself. The state lives in IndexedDB,
 * so a service-worker or browser restart simply calls this again and carries on.
 */
export async function drainQueue(
  db: KlipingDB,
  classifyMany: (inputs: ClippingInput[]) => Promise<ClippingPrediction[]>,
  options: { now?: () => number; signal?: AbortSignal; onProgress?: (report: DrainReport) => void; batchSize?: number } = {},
): Promise<DrainReport> {
  const now = options.now ?? Date.now;
  const report: DrainReport = { classified: 0, failed: 0 };
  for (;;) {
    if (options.signal?.aborted) break;
    const batch = await readyBatch(db, now(), options.batchSize ?? QUEUE_BATCH);
    if (!batch.length) break;
    const predictions = await classifyMany(batch.map(inputOf)).catch((error: unknown) => error);
    if (Array.isArray(predictions) && predictions.length === batch.length) {
      await recordResults(db, batch.map((clipping, i) => ({ id: clipping.id, prediction: predictions[i]! })));
      report.classified += batch.length;
    } else if (batch.length === 1) {
      await recordFailure(db, batch[0]!.id, reasonOf(predictions), now());
      report.failed += 1;
    } else {
      for (const clipping of batch) {
        try {
          const [prediction] = await classifyMany([inputOf(clipping)]);
          await recordResults(db, [{ id: clipping.id, prediction: prediction! }]);
          report.classified += 1;
        } catch (error) {
          await recordFailure(db, clipping.id, reasonOf(error), now());
          report.failed += 1;
        }
      }
    }
    options.onProgress?.(report);
  }
  return report;
}
