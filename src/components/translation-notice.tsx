import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../platform/i18n';
import { findLanguage } from '../platform/i18n/languages';

/** A translation no professional has checked says so, and English is one tap away. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const language = findLanguage(i18n.language);
  if (language.reviewed) return null;
  return (
    <div className="fd-translation-notice">
      <div className="nhsuk-width-container">
        <p className="fd-translation-notice__text">
          {t('language.unreviewed')}{' '}
          <button type="button" className="fd-link-button" lang="en" onClick={() => void chooseLanguage('en')}>
            {t('language.useEnglish')}
          </button>
        </p>
      </div>
    </div>
  );
}
