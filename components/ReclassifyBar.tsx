import { t } from '@/lib/i18n';

interface Props {
  /** Null when no re-run is in progress. */
  progress: { done: number; total: number } | null;
  onStart: () => void;
  onCancel: () => void;
}

/** "Klasifikasi ulang" for every clipping, with a progress bar and cancel. */
export function ReclassifyBar({ progress, onStart, onCancel }: Props) {
  if (!progress)
    return (
      <button type="button" data-testid="reclassify-all" onClick={onStart}>
        {t('reclassifyAll')}
      </button>
    );
  return (
    <div data-testid="reclassify-progress">
      <span>{t('reclassifyProgress', [String(progress.done), String(progress.total)])}</span>
      <div className="progress"><div style={{ width: `${(100 * progress.done) / Math.max(progress.total, 1)}%` }} /></div>
      <button type="button" data-testid="reclassify-cancel" onClick={onCancel}>{t('cancel')}</button>
    </div>
  );
}
