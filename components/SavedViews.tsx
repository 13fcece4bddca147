import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { SavedView } from '@/lib/report/views';

interface Props {
  views: SavedView[];
  onApply: (view: SavedView) => void;
  onSave: (name: string) => void;
  onDelete: (name: string) => void;
}

/** Named filters: pick one to apply it, or save what the list shows now under a name. */
export function SavedViews({ views, onApply, onSave, onDelete }: Props) {
  const [chosen, setChosen] = useState('');
  const [naming, setNaming] = useState<string | null>(null);
  return (
    <div className="saved-views" data-testid="saved-views">
      {views.length > 0 && (
        <select aria-label={t('savedViews')} data-testid="saved-view" value={chosen} onChange={(e) => {
          setChosen(e.target.value);
          const view = views.find((v) => v.name === e.target.value);
          if (view) onApply(view);
        }}>
          <option value="">{t('savedViews')}</option>
          {views.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
        </select>
      )}{' '}
      {chosen && <button type="button" className="link" data-testid="delete-view" onClick={() => (onDelete(chosen), setChosen(''))}>{t('deleteView')}</button>}{' '}
      {naming === null ? (
        <button type="button" className="link" data-testid="save-view" onClick={() => setNaming('')}>{t('saveView')}</button>
      ) : (
        <form style={{ display: 'inline' }} onSubmit={(e) => {
          e.preventDefault();
          if (!naming.trim()) return;
          onSave(naming.trim());
          setChosen(naming.trim());
          setNaming(null);
        }}>
          <input autoFocus size={20} value={naming} placeholder={t('viewName')} aria-label={t('viewName')} data-testid="view-name" onChange={(e) => setNaming(e.target.value)} />
          <button type="submit" data-testid="view-save-confirm">{t('saveEntry')}</button>
          <button type="button" className="link" onClick={() => setNaming(null)}>{t('cancel')}</button>
        </form>
      )}
    </div>
  );
}
