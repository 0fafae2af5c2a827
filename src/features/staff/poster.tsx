import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';

/** An A4 poster with a QR code: the screen shows a preview, print gives just the poster. */
export function Poster({ link, practiceName }: { link: string; practiceName: string }) {
  const { t } = useTranslation('staff');
  return (
    <section aria-labelledby="poster-title" className="fd-staff__section fd-poster-area">
      <h2 className="nhsuk-heading-m" id="poster-title">
        {t('poster.title')}
      </h2>
      <p>{t('poster.intro')}</p>
      <button type="button" className="nhsuk-button" onClick={() => window.print()}>
        {t('poster.print')}
      </button>
      <div className="fd-poster" data-testid="poster">
        <p className="fd-poster__practice">{practiceName}</p>
        <p className="fd-poster__heading">{t('poster.heading')}</p>
        <p className="fd-poster__benefits">{t('poster.benefits')}</p>
        <p className="fd-poster__scan">{t('poster.scan')}</p>
        <QrCode className="fd-poster__qr" text={link} label={t('poster.qrLabel', { link })} />
        <p className="fd-poster__or">{t('poster.orType')}</p>
        <p className="fd-poster__link" dir="ltr">
          {link.replace(/^https?:\/\//, '')}
        </p>
        <p className="fd-poster__help">{t('poster.help')}</p>
      </div>
    </section>
  );
}
