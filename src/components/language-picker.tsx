import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../platform/i18n';
import { findLanguage, LANGUAGES } from '../platform/i18n/languages';

/**
 * On every page: each language named in its own script, as buttons (no surprise on
 * focus). A language whose words are not on the device, chosen offline, is not shown
 * half-translated: the page says so, in its own language, and changes when back online.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const [waiting, setWaiting] = useState<string | null>(null);
  const choose = async (code: string) => setWaiting((await chooseLanguage(code)) === 'when-online' ? code : null);
  const waitingFor = waiting && waiting !== i18n.language ? findLanguage(waiting) : null;
  const id = useId();
  const current = findLanguage(i18n.language);

  return (
    <details className="fd-language">
      <summary className="fd-language__summary">
        <span className="fd-language__label">{t('language.label')}</span>{' '}
        <span lang={current.code}>{current.nativeName}</span>
      </summary>
      <ul className="fd-language__list" aria-labelledby={`${id}-heading`}>
        <li className="nhsuk-u-visually-hidden" id={`${id}-heading`}>
          {t('language.choose')}
        </li>
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="fd-language__option"
              lang={language.code}
              aria-current={language.code === current.code ? 'true' : undefined}
              onClick={() => void choose(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
      {waitingFor ? (
        <p className="fd-language__problem" role="alert">
          {t('language.notOnDevice', { language: waitingFor.nativeName })}
        </p>
      ) : null}
    </details>
  );
}
