import { useTranslation } from 'react-i18next';

/** What the NHS login identity levels (P5, P9) mean for a patient, in plain words. */
export function IdentityLevels() {
  const { t } = useTranslation('nhs-app');
  return (
    <section aria-labelledby="levels-title">
      <h2 className="nhsuk-heading-m" id="levels-title">
        {t('levels.title')}
      </h2>
      <p>{t('levels.intro')}</p>
      <div className="fd-level">
        <h3 className="nhsuk-heading-s">{t('levels.basicTitle')}</h3>
        <p>{t('levels.basicBody')}</p>
        <p className="nhsuk-body-s">{t('levels.basicCode')}</p>
      </div>
      <div className="fd-level">
        <h3 className="nhsuk-heading-s">{t('levels.fullTitle')}</h3>
        <p>{t('levels.fullBody')}</p>
        <p className="nhsuk-body-s">{t('levels.fullCode')}</p>
      </div>
      <p>{t('levels.upgrade')}</p>
    </section>
  );
}
