import 'i18next';
import type common from '../../locales/en/common.json';
import type practice from '../../locales/en/practice.json';
import type booking from '../../locales/en/booking.json';
import type nhsApp from '../../locales/en/nhs-app.json';
import type nhsAppNudge from '../../locales/en/nhs-app-nudge.json';
import type staff from '../../locales/en/staff.json';
import type request from '../../locales/en/request.json';
import type settings from '../../locales/en/settings.json';
import type triage from '../../locales/en/triage.json';
import type embed from '../../locales/en/embed.json';
import type languageOffer from '../../locales/en/language-offer.json';
import type appUpdate from '../../locales/en/app-update.json';
import type easyRead from '../../locales/en/easy-read.json';
import type installOffer from '../../locales/en/install-offer.json';
import type forms from '../../locales/en/forms.json';
import type dateOfBirth from '../../locales/en/date-of-birth.json';
import type practiceArea from '../../locales/en/practice-area.json';

/** Typed translation keys: a key that is not in the English catalogue fails the type check. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      practice: typeof practice;
      booking: typeof booking;
      'nhs-app': typeof nhsApp;
      'nhs-app-nudge': typeof nhsAppNudge;
      staff: typeof staff;
      request: typeof request;
      settings: typeof settings;
      triage: typeof triage;
      embed: typeof embed;
      'language-offer': typeof languageOffer;
      'app-update': typeof appUpdate;
      'easy-read': typeof easyRead;
      'install-offer': typeof installOffer;
      forms: typeof forms;
      'date-of-birth': typeof dateOfBirth;
      'practice-area': typeof practiceArea;
    };
  }
}
