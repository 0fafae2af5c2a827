import { lazy } from 'react';
import { matchPath, useLocation } from 'react-router';
import { paths } from '../../platform/routes';

// Each staff page loads on its own, from here rather than from the app's route table:
// the patients' first download then carries one entry for the whole practice area.
const SignInPage = lazy(async () => ({ default: (await import('./sign-in-page')).SignInPage }));
const InboxPage = lazy(async () => ({ default: (await import('./inbox-page')).InboxPage }));
const RequestPage = lazy(async () => ({ default: (await import('./request-page')).RequestPage }));
const SettingsPage = lazy(async () => ({ default: (await import('./settings-page')).SettingsPage }));
const StaffAccountsPage = lazy(async () => ({ default: (await import('./staff-accounts-page')).StaffAccountsPage }));

/** The practice area's page for the address (the app's route table sends every staff path here). */
export function PracticeAreaPages() {
  const { pathname } = useLocation();
  const is = (path: string) => matchPath(path, pathname) !== null;
  if (is(paths.practiceInbox)) return <InboxPage />;
  if (is(paths.practiceRequest)) return <RequestPage />;
  if (is(paths.practiceSettings)) return <SettingsPage />;
  if (is(paths.practiceStaff)) return <StaffAccountsPage />;
  return <SignInPage />;
}
