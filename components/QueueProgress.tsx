import { useState } from 'react';
import { t, uiLocale } from '@/lib/i18n';

/**
 * How far the classification queue is, while clippings wait (an import, several quick clips): the page
 * already shows them, and their tone arrives as the bar fills.
 */
export function QueueProgress({ waiting }: { waiting: number }) {
  const total = useRunTotal(waiting);
  if (waiting === 0) return null;
  const done = total - waiting;
  return (
    <div className="queue-progress" data-testid="queue-progress" role="status">
      <span>{t('queueProgress', [done.toLocaleString(uiLocale()), total.toLocaleString(uiLocale())])}</span>
      <div className="progress" aria-hidden="true"><div style={{ width: `${(100 * done) / Math.max(total, 1)}%` }} /></div>
    </div>
  );
}

/** The largest number waiting since the queue was last empty: the size of the current run of work. */
function useRunTotal(waiting: number): number {
  const [total, setTotal] = useState(waiting);
  if (waiting === 0 && total !== 0) setTotal(0);
  else if (waiting > total) setTotal(waiting);
  return Math.max(total, waiting);
}
