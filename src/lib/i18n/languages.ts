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
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | undefined): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}

/** Namespaces: one for the shell, one per journey (typed in i18next.d.ts). */
export type Namespace = keyof CustomTypeOptions['resources'];
