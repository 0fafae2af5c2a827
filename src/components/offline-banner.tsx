import { useTranslation } from 'react-i18next';
import { useOnline } from '../platform/device/online';

/** Tells the patient plainly that they are offline and what still works. */
export function OfflineBanner() {
  const online = useOnline();
  const { t } = useTranslation();
  if (online) return null;
  return (
    <div className="fd-offline" role="status" data-testid="offline-indicator">
      <div className="nhsuk-width-container">
        <p className="fd-offline__text">
          <strong>{t('offline.title')}</strong> {t('offline.body')}
        </p>
      </div>
    </div>
  );
}
