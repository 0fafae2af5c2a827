import type { CustomTypeOptions } from 'i18next';

/**
 * Languages Front Door ships. `reviewed: false` means no professional translator has
 * checked it yet: pages say so and offer English in one tap.
 */
export interface Language {
  code: string;
  /** The language's name in its own script. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  reviewed: boolean;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr', reviewed: true },
  { code: 'cy', nativeName: 'Cymraeg', dir: 'ltr', reviewed: false },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', reviewed: false },
  { code: 'bn', nativeName: 'বাংলা', dir: 'ltr', reviewed: false },
  { code: 'es', nativeName: 'Español', dir: 'ltr', reviewed: false },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', dir: 'ltr', reviewed: false },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr', reviewed: false },
  { code: 'pt', nativeName: 'Português', dir: 'ltr', reviewed: false },
  { code: 'ro', nativeName: 'Română', dir: 'ltr', reviewed: false },
  { code: 'ur', nativeName: 'اردو', dir: 'rtl', reviewed: false },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | undefined): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}

/** Namespaces: one for the shell, one per journey (typed in i18next.d.ts). */
export type Namespace = keyof CustomTypeOptions['resources'];

/**
 * The first of the browser's preferred languages that Front Door has, if it is not the
 * one in use ("pl-PL" finds Polish, "pa-Guru-IN" Panjabi): offered on a first visit.
 */
export function browserLanguageToOffer(preferred: readonly string[], current: string): Language | null {
  for (const tag of preferred) {
    const found = LANGUAGES.find((l) => l.code === tag.toLowerCase().split('-')[0]);
    if (found) return found.code === current ? null : found;
  }
  return null;
}
