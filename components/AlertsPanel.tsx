import { t } from '@/lib/i18n';

export interface AlertView {
  id: string;
  name: string;
  count: number;
  baselinePerDay: number;
}

interface Props {
  alerts: AlertView[];
  onShow: (alertId: string) => void;
}

const perDay = new Intl.NumberFormat('id', { maximumFractionDigits: 1 });

/** Early warning on top of the clippings page: each negative spike, with the clippings behind it a click away. */
export function AlertsPanel({ alerts, onShow }: Props) {
  if (alerts.length === 0) return null;
  return (
    <section className="notice bad alerts" role="alert" data-testid="alerts">
      <strong>{t('alertsTitle')}</strong>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id} data-testid="alert">
            {t('alertLine', [alert.name, String(alert.count), perDay.format(alert.baselinePerDay)])}{' '}
            <button type="button" className="link" onClick={() => onShow(alert.id)}>{t('alertShow')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
