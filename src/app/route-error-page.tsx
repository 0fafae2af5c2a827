import { useTranslation } from 'react-i18next';
import { EmergencyLine } from '../components/emergency-line';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <>
      <EmergencyLine />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="main-content">
          <h1 className="nhsuk-heading-l">{t('routeError.title')}</h1>
          <p>{t('routeError.body')}</p>
          <a className="nhsuk-button" href={location.pathname}>
            {t('routeError.tryAgain')}
          </a>
        </main>
      </div>
    </>
  );
}
