import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataSavedByLiteMode } from '../../platform/pwa/update';

/** Lite mode: roughly how much the app did not download ahead, in the patient's units. */
export function LiteModeSavings() {
  const { t, i18n } = useTranslation('settings');
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void dataSavedByLiteMode().then((saved) => live && setBytes(saved));
    return () => {
      live = false;
    };
  }, []);
  if (bytes === null) return <p className="nhsuk-body-s">{t('lite.savedUnknown')}</p>;
  const megabytes = bytes >= 1_000_000;
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
  return (
    <p className="nhsuk-body-s" data-testid="data-saved">
      {t('lite.saved', { size })}
    </p>
  );
}
