import 'i18next';
import type common from '../../locales/en/common.json';
import type practice from '../../locales/en/practice.json';

/** Typed translation keys: a key that is not in the English catalogue fails the type check. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      practice: typeof practice;
    };
  }
}
