import type { KlipingDB } from '../db';
import type { ClippingInput, ClippingPrediction } from './engine';
import { drainQueue, nextWakeUp, type DrainReport } from './queue';

/**
 * Runs the queue in the background: one drain at a time, started after every save and at start-up,
 * and again when the earliest back-off ends. A restart loses only the timer; the queue is in IndexedDB.
 */
export function createQueueScheduler(db: KlipingDB, classifyMany: (inputs: ClippingInput[]) => Promise<ClippingPrediction[]>, onDrained?: () => void) {
  let running: Promise<DrainReport> | null = null;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;

  const run = (): Promise<DrainReport> => {
    running ??= drainQueue(db, classifyMany).finally(async () => {
      running = null;
      onDrained?.();
      const wakeAt = await nextWakeUp(db);
      clearTimeout(wakeTimer);
      if (wakeAt !== null) wakeTimer = setTimeout(() => void run(), Math.max(1_000, wakeAt - Date.now()));
    });
    return running;
  };
  return { run };
}
