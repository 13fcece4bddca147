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

/** The oldest live clipping waiting for classification whose back-off has passed. */
export async function nextReady(db: KlipingDB, now: number): Promise<Clipping | undefined> {
  const ready = await db.clippings
    .where('[status+nextAttemptAt]')
    .between(['pending', -Infinity], ['pending', now], true, true)
    .filter((c) => c.deletedAt === null)
    .toArray();
  return ready.sort((a, b) => a.clippedAt - b.clippedAt)[0];
}

/** When the next waiting clipping becomes ready (epoch ms), or null when nothing waits. */
export async function nextWakeUp(db: KlipingDB): Promise<number | null> {
  const first = await db.clippings.where('[status+nextAttemptAt]').between(['pending', -Infinity], ['pending', Infinity]).first();
  return first ? first.nextAttemptAt : null;
}

export function inputOf(clipping: Clipping): ClippingInput {
  return { title: clipping.title, text: clipping.kind === 'bookmark' ? null : clipping.text };
}

export async function recordResult(db: KlipingDB, id: number, prediction: ClippingPrediction): Promise<void> {
  await db.clippings.update(id, { classification: prediction, status: 'done', lastError: null, attempts: 0, nextAttemptAt: 0 });
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

/**
 * Classifies waiting clippings one by one until none is ready. The state lives in IndexedDB, so a
 * service-worker or browser restart simply calls this again and carries on.
 */
export async function drainQueue(
  db: KlipingDB,
  classify: (input: ClippingInput) => Promise<ClippingPrediction>,
  options: { now?: () => number; signal?: AbortSignal; onProgress?: (report: DrainReport) => void } = {},
): Promise<DrainReport> {
  const now = options.now ?? Date.now;
  const report: DrainReport = { classified: 0, failed: 0 };
  for (;;) {
    if (options.signal?.aborted) break;
    const clipping = await nextReady(db, now());
    if (!clipping) break;
    try {
      await recordResult(db, clipping.id, await classify(inputOf(clipping)));
      report.classified += 1;
    } catch (error) {
      await recordFailure(db, clipping.id, error instanceof Error ? error.message : String(error), now());
      report.failed += 1;
    }
    options.onProgress?.(report);
  }
  return report;
}
