import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, findLanguage, LANGUAGES } from './languages';
import { fetchCatalogue } from '../api/static-files';

/** Catalogues are split per language and namespace, so a patient downloads only theirs. */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    fetchCatalogue(language, namespace).then(
      (resources) => callback(null, resources),
      (error: Error) => callback(error, false),
    );
  },
};

const STORAGE_KEY = 'front-door:language';

export function savedLanguage(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: use the default
  }
}

/**
 * In a right-to-left page each inserted value (a phone number, a reference, a practice's
 * name in Latin letters) is a bidi isolate: "01632 960000" keeps its order and does not
 * pull the words around it. React escapes, so nothing else is needed.
 */
function isolateInRightToLeft(value: string): string {
  return document.documentElement.dir === 'rtl' ? `\u2068${value}\u2069` : value;
}

/**
 * Web addresses and phone numbers written inside right-to-left sentences ("111.nhs.uk",
 * "18001 111") are kept left-to-right, or "111.nhs.uk" would read "nhs.uk.111".
 */
const LEFT_TO_RIGHT_RUN = /[\w-]+(?:\.[\w-]+)+(?:\/[\w./-]*)?|\d+(?: \d+)+/g;
const keepRunsLeftToRight = {
  type: 'postProcessor' as const,
  name: 'ltr-runs',
  process: (value: string) =>
    document.documentElement.dir === 'rtl' ? value.replace(LEFT_TO_RIGHT_RUN, (run) => `\u2066${run}\u2069`) : value,
};

function applyToDocument(code: string) {
  const language = findLanguage(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

/** `namespaces`: what the first page needs, fetched together with the shell's own words. */
export async function startI18n(namespaces: readonly string[] = []): Promise<typeof i18n> {
  const initial = findLanguage(savedLanguage()).code;
  i18n.on('languageChanged', applyToDocument);
  // Keeping words for offline use is not needed to paint: loaded apart from the shell.
  i18n.on('languageChanged', (code) => void import('./keep-offline').then((m) => m.keepLanguageOffline(code)));
  await i18n
    .use(lazyCatalogues)
    .use(initReactI18next)
    .use(keepRunsLeftToRight)
    .init({
      lng: initial,
      supportedLngs: LANGUAGES.map((l) => l.code),
      fallbackLng: DEFAULT_LANGUAGE,
      ns: ['common', ...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: true, escape: isolateInRightToLeft }, // React escapes HTML itself
      react: { useSuspense: true },
      returnNull: false,
      postProcess: ['ltr-runs'],
    });
  applyToDocument(i18n.language);
  return i18n;
}

export async function chooseLanguage(code: string) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
  await i18n.changeLanguage(code);
}

export { i18n };
