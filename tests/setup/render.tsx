import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../src/locales/en/common.json';
import enPractice from '../../src/locales/en/practice.json';
import enForms from '../../src/locales/en/forms.json';
import cyCommon from '../../src/locales/cy/common.json';
import cyForms from '../../src/locales/cy/forms.json';
import cyPractice from '../../src/locales/cy/practice.json';

/** An i18next instance with the real catalogues, loaded synchronously for tests. */
export async function testI18n(language = 'en', extra: Record<string, Record<string, unknown>> = {}) {
  const instance = i18n.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    resources: {
      en: { common: enCommon, forms: enForms, practice: enPractice, ...(extra.en ?? {}) },
      cy: { common: cyCommon, forms: cyForms, practice: cyPractice, ...(extra.cy ?? {}) },
    },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

/** Renders UI with the app's providers: real catalogues, a fresh query client, a router. */
export async function renderWithApp(
  ui: ReactElement,
  { path = '/', language = 'en', extra = {} as Record<string, Record<string, unknown>> } = {},
) {
  const instance = await testI18n(language, extra);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return {
    i18n: instance,
    queryClient,
    ...render(
      <I18nextProvider i18n={instance}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>,
    ),
  };
}
