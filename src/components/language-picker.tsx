import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../platform/i18n';
import { languageIsOnDevice } from '../platform/i18n/language-cache';
import { findLanguage, LANGUAGES } from '../platform/i18n/languages';

/** On every page: each language named in its own script, as buttons (no surprise on focus). */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const current = findLanguage(i18n.language);

  async function pick(code: string) {
    setProblem(null);
    if (!navigator.onLine && !(await languageIsOnDevice(code))) {
      setProblem(t('language.notOnDevice', { language: findLanguage(code).nativeName }));
      return;
    }
    try {
      await chooseLanguage(code);
    } catch {
      setProblem(t('language.notOnDevice', { language: findLanguage(code).nativeName }));
    }
  }

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
              onClick={() => void pick(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="fd-language__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </details>
  );
}
