import { lazy, Suspense } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmergencyLine } from '../components/emergency-line';
import { LanguagePicker } from '../components/language-picker';
import { OfflineBanner } from '../components/offline-banner';
import { TranslationNotice } from '../components/translation-notice';
import { LoadingPage } from '../components/loading-page';
import { href } from '../platform/routes';
import { ODS_CODE_PATTERN } from '../domain/practice/ods-code';
import { isEmbedded } from '../platform/embed/framing';
import { savedLanguage } from '../platform/i18n';
import { browserLanguageToOffer } from '../platform/i18n/languages';
import { useFirstPageDrawn } from '../platform/first-page';

const EmbedBridge = lazy(() => import('../platform/embed/embed-bridge'));
// Not needed to paint the page, so not in the landing page's bytes: they load once it is drawn.
const UpdatePrompt = lazy(() => import('../components/update-prompt'));
const LanguageOffer = lazy(() => import('../components/language-offer'));

/** The frame of every page: skip link, header, the emergency line, and the page itself. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { ods } = useParams();
  const home = ods && ODS_CODE_PATTERN.test(ods) ? href.practiceHome(ods) : href.findPractice();
  // In a practice website's iframe: no header or footer; the emergency line stays.
  const embedded = isEmbedded();
  const offer = embedded || savedLanguage() ? null : browserLanguageToOffer(navigator.languages ?? [], i18n.language);
  const pageDrawn = useFirstPageDrawn();
  return (
    <>
      {embedded ? (
        <Suspense fallback={null}>
          <EmbedBridge />
        </Suspense>
      ) : null}
      <a className="nhsuk-skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      {embedded ? null : (
        <header className="fd-header">
          <div className="nhsuk-width-container fd-header__inner">
            <Link className="fd-header__name" to={home}>
              {t('app.name')}
            </Link>
            <LanguagePicker />
          </div>
        </header>
      )}
      <EmergencyLine />
      <TranslationNotice />
      <OfflineBanner />
      {pageDrawn ? (
        <Suspense fallback={null}>
          {offer ? <LanguageOffer offer={offer} /> : null}
          <UpdatePrompt />
        </Suspense>
      ) : null}
      {/* Outside a frame the page keeps a screen's height, so the footer starts below the
          fold and never jumps down as the page's content arrives (no layout shift). */}
      <div className={embedded ? 'nhsuk-width-container' : 'nhsuk-width-container fd-page'}>
        <main className="nhsuk-main-wrapper" id="main-content">
          <Suspense fallback={<LoadingPage />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      {embedded ? null : (
        <footer className="fd-footer">
          <div className="nhsuk-width-container">
            <p className="fd-footer__text">{t('footer.about')}</p>
          </div>
        </footer>
      )}
    </>
  );
}
