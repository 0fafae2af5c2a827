import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, findLanguage, LANGUAGES } from './languages';
import { fetchCatalogue } from '../api/static-files';
import { afterFirstPage } from '../first-page';

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

/** Identity until a right-to-left language loads ./bidi.ts (Urdu and Arabic only). */
let isolate = (value: string) => value;

/** Right-to-left pages need bidi isolation of inserted values: loaded before they show. */
async function prepareDirection(code: string) {
  if (findLanguage(code).dir !== 'rtl') return;
  const bidi = await import('./bidi');
  isolate = bidi.isolateInRightToLeft;
  i18n.use(bidi.keepRunsLeftToRight);
}

function applyToDocument(code: string) {
  const language = findLanguage(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}

/** `namespaces`: what the first page needs, fetched together with the shell's own words. */
export async function startI18n(namespaces: readonly string[] = []): Promise<typeof i18n> {
  const initial = findLanguage(savedLanguage()).code;
  await prepareDirection(initial);
  i18n.on('languageChanged', applyToDocument);
  // Keeping words for offline use is not needed to paint: loaded apart from the shell,
  // once the first page is on screen.
  i18n.on('languageChanged', (code) => afterFirstPage(() => void import('./keep-offline').then((m) => m.keepLanguageOffline(code))));
  await i18n
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      lng: initial,
      supportedLngs: LANGUAGES.map((l) => l.code),
      fallbackLng: DEFAULT_LANGUAGE,
      ns: ['common', ...namespaces],
      defaultNS: 'common',
      // Ask for the catalogues now, beside the first page's code: by default i18next asks
      // in a timer, which on a slow phone waits behind that code's evaluation.
      initAsync: false,
      interpolation: { escapeValue: true, escape: (value: string) => isolate(value) }, // React escapes HTML itself
      react: { useSuspense: true },
      returnNull: false,
      // Registered by ./bidi.ts for right-to-left languages only; i18next skips it until then.
      postProcess: ['ltr-runs'],
    });
  applyToDocument(i18n.language);
  return i18n;
}

export type LanguageChoice = 'changed' | 'when-online';

let waitingFor: string | undefined;

/**
 * Tries the choice again when the connection is back; and, when the browser already
 * says it is online (a signal that came back weak, a first fetch that failed), again
 * after a pause that grows: the `online` event will not come a second time.
 */
function tryAgainLater(code: string, attempt: number) {
  const again = () => void (waitingFor === code && chooseLanguage(code, attempt + 1));
  if (navigator.onLine) setTimeout(again, Math.min(30_000, 1000 * 2 ** attempt));
  else addEventListener('online', again, { once: true });
}

/**
 * Changes the language once its words for the parts of the app in use are here (from
 * the device's cache when offline), so a page never turns right-to-left with English
 * words. Without them, the page stays as it is and the choice is made when the browser
 * says the connection is back. The words are fetched here, not by i18next, which never
 * retries a language it once failed to load.
 */
export async function chooseLanguage(code: string, attempt = 0): Promise<LanguageChoice> {
  const missing = Object.keys(i18n.store.data[i18n.language] ?? {}).filter((ns) => !i18n.hasResourceBundle(code, ns));
  try {
    const words = await Promise.all(missing.map((ns) => fetchCatalogue(code, ns)));
    missing.forEach((ns, index) => i18n.addResourceBundle(code, ns, words[index]));
  } catch {
    waitingFor = code;
    tryAgainLater(code, attempt);
    return 'when-online';
  }
  waitingFor = undefined;
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
  await prepareDirection(code);
  await i18n.changeLanguage(code);
  return 'changed';
}

export { i18n };
