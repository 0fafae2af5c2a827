import { useTranslation } from 'react-i18next';
import { useOnline } from '../platform/device/online';

/** Tells the patient plainly that they are offline and what still works. */
export function OfflineBanner() {
  return useOnline() ? null : <OfflineNotice />;
}

/** The banner itself, shown while offline (exported so its fixture can show it without taking the device offline). */
export function OfflineNotice() {
  const { t } = useTranslation();
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
