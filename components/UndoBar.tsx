import { useEffect } from 'react';
import { t } from '@/lib/i18n';

interface Props {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
  timeoutMs?: number;
}

export function UndoBar({ message, onUndo, onExpire, timeoutMs = 8000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onExpire, timeoutMs);
    return () => clearTimeout(timer);
  }, [onExpire, timeoutMs]);
  return (
    <div className="undo-bar" role="status" data-testid="undo-bar">
      <span>{message}</span>
      <button type="button" data-testid="undo" onClick={onUndo}>{t('undo')}</button>
    </div>
  );
}
