import type { ComponentType } from 'react';
import type { Namespace } from './i18n/languages';

/**
 * Every URL Front Door answers. These are a contract: practices print them on posters
 * and send them by SMS, so they never change shape. README lists them.
 */
export const paths = {
  findPractice: '/',
  practiceHome: '/:ods',
  onThisDevice: '/settings',
  referral: '/referral',
  appointments: '/:ods/appointments',
  manageAppointment: '/:ods/appointments/manage',
  nhsApp: '/:ods/nhs-app',
  staff: '/:ods/staff',
  /** The practice area (staff only): static segments, so they win over `/:ods`. */
  practiceArea: '/practice',
  practiceInbox: '/practice/inbox',
  practiceRequest: '/practice/requests/:reference',
  practiceSettings: '/practice/settings',
  practiceStaff: '/practice/staff',
} as const;

export const href = {
  findPractice: (query?: string) => (query ? `/?q=${encodeURIComponent(query)}` : '/'),
  practiceHome: (ods: string) => `/${ods}`,
  onThisDevice: () => '/settings',
  referral: () => '/referral',
  /** `type` is phone, video or face-to-face: practices send links straight to one kind. */
  appointments: (ods: string, type?: string) => `/${ods}/appointments${type ? `?type=${encodeURIComponent(type)}` : ''}`,
  manageAppointment: (ods: string) => `/${ods}/appointments/manage`,
  /** Staff links add `?via=<channel>&c=<campaign>` (src/domain/nhs-app/registration-link.ts). */
  nhsApp: (ods: string) => `/${ods}/nhs-app`,
  staff: (ods: string) => `/${ods}/staff`,
};

/** A deployment for one practice sends `/` straight to it (VITE_PRACTICE_ODS). */
export function singlePracticeOds(): string | undefined {
  const ods = import.meta.env.VITE_PRACTICE_ODS;
  return ods ? ods.toUpperCase() : undefined;
}

/**
 * A page a feature serves. Each feature lists its pages in `src/features/<name>/routes.tsx`
 * (`export const routes: FeatureRoute[]`); src/app collects them into the one route table.
 */
export interface FeatureRoute {
  path: string;
  /** The page's module, loaded on demand in its own chunk. */
  load: () => Promise<{ default: ComponentType }>;
  /** Translation namespaces the page needs, loaded with its code so it paints whole. */
  namespaces: readonly Namespace[];
  /** For a journey with pages of its own (`path` ends in `/*`): loads the code of its page at `pathname`. */
  preloadPage?: (pathname: string) => Promise<unknown>;
}
