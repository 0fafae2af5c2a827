import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import enAppUpdate from '../../src/locales/en/app-update.json';
import enCommon from '../../src/locales/en/common.json';
import enForms from '../../src/locales/en/forms.json';
import enPractice from '../../src/locales/en/practice.json';
import urAppUpdate from '../../src/locales/ur/app-update.json';
import urCommon from '../../src/locales/ur/common.json';
import urForms from '../../src/locales/ur/forms.json';
import urPractice from '../../src/locales/ur/practice.json';
import { COMPONENT_FIXTURES } from '../setup/component-fixtures';

const CATALOGUES = {
  en: { common: enCommon, forms: enForms, practice: enPractice, 'app-update': enAppUpdate },
  ur: { common: urCommon, forms: urForms, practice: urPractice, 'app-update': urAppUpdate },
};

export type FixtureLanguage = keyof typeof CATALOGUES;

/**
 * Every component fixture as static HTML, with the app's catalogues in one language (the
 * component's own words, such as "Day" or "Change", are translated; a fixture's made-up
 * questions stay in English). Loaded through Vite by tests/screenshots/components.spec.ts,
 * so the components' stylesheet imports resolve as in the app.
 */
export async function renderFixturesToHtml(language: FixtureLanguage) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    resources: { en: CATALOGUES.en, [language]: CATALOGUES[language] },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return COMPONENT_FIXTURES.flatMap(({ component, fixtures }) =>
    fixtures.map((fixture) => ({
      component,
      name: fixture.name,
      html: renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <MemoryRouter>{fixture.render()}</MemoryRouter>
        </I18nextProvider>,
      ),
    })),
  );
}
