import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { chooseLanguage, i18n } from '../platform/i18n';
import { fetchCatalogue } from '../platform/api/static-files';
import { findLanguage, type Language } from '../platform/i18n/languages';

/**
 * First visit only: the browser prefers a language Front Door has, so we ask, in that
 * language, whether to use it. "No" remembers the current language and the offer goes.
 * Loaded apart from the landing page (app/layout.tsx): most visits never need it.
 */
export default function LanguageOffer({ offer }: { offer: Language }) {
  const { t, i18n: instance } = useTranslation('language-offer');
  const [theirs, setTheirs] = useState<TFunction<'language-offer'> | null>(null);
  const current = instance.language;

  useEffect(() => {
    let live = true;
    void fetchCatalogue(offer.code, 'language-offer')
      .then((words) => {
        i18n.addResourceBundle(offer.code, 'language-offer', words, true, false);
        if (live) setTheirs(() => i18n.getFixedT(offer.code, 'language-offer'));
      })
      .catch(() => {
        // Offline on a first visit: no offer, the picker is still on the page.
      });
    return () => {
      live = false;
    };
  }, [offer.code]);

  if (!theirs) return null;
  return (
    <div className="fd-language-offer" role="region" aria-labelledby="language-offer-question" lang={offer.code} dir={offer.dir}>
      <div className="nhsuk-width-container">
        <p className="fd-language-offer__text" id="language-offer-question">
          {theirs('question')}
        </p>
        <button type="button" className="nhsuk-button nhsuk-button--small fd-language-offer__yes" onClick={() => void chooseLanguage(offer.code)}>
          {theirs('yes')}
        </button>{' '}
        <button type="button" className="fd-link-button" lang={current} dir={document.documentElement.dir} onClick={() => void chooseLanguage(current)}>
          {t('keep', { language: findLanguage(current).nativeName })}
        </button>
      </div>
    </div>
  );
}
