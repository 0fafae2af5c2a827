import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';

/** On a computer: a QR code of this page, to carry on on a phone. */
export function CarryOnOnPhone({ link }: { link: string }) {
  const { t } = useTranslation('nhs-app');
  return (
    <section className="fd-carry-on" aria-labelledby="carry-on-title" data-testid="carry-on-on-phone">
      <h3 className="nhsuk-heading-s" id="carry-on-title">
        {t('computer.title')}
      </h3>
      <p>{t('computer.body')}</p>
      <QrCode className="fd-carry-on__qr" text={link} label={t('computer.qrLabel', { link })} />
      <p className="nhsuk-u-margin-bottom-0">{t('computer.orType')}</p>
      <p className="fd-carry-on__link" dir="ltr">
        {link}
      </p>
    </section>
  );
}
