import type { FeatureRoute } from '../../platform/routes';
import { paths } from '../../platform/routes';

const namespaces = ['practice-area', 'forms'] as const;

/** The practice area: staff pages, each in its own lazy chunk that patients never download. */
export const routes: FeatureRoute[] = [
  { path: paths.practiceArea, load: async () => ({ default: (await import('./sign-in-page')).SignInPage }), namespaces },
  { path: paths.practiceInbox, load: async () => ({ default: (await import('./inbox-page')).InboxPage }), namespaces },
  { path: paths.practiceRequest, load: async () => ({ default: (await import('./request-page')).RequestPage }), namespaces },
  { path: paths.practiceSettings, load: async () => ({ default: (await import('./settings-page')).SettingsPage }), namespaces },
  { path: paths.practiceStaff, load: async () => ({ default: (await import('./staff-accounts-page')).StaffAccountsPage }), namespaces },
];
