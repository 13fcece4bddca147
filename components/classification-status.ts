import type { Clipping } from '@/lib/db/types';
import { t } from '@/lib/i18n';

/** Why a clipping has no predictions yet, in words ("Belum diklasifikasi: <alasan>"). */
export function classificationStatus(clipping: Clipping): string | null {
  if (clipping.classification) return null;
  if (clipping.status === 'failed') return t('classificationFailed', clipping.lastError ?? '');
  return clipping.lastError ? t('notClassified', clipping.lastError) : t('classifying');
}
