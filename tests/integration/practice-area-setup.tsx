import { Route, Routes, useLocation } from 'react-router';
import { InboxPage } from '../../src/features/practice-area/inbox-page';
import { RequestPage } from '../../src/features/practice-area/request-page';
import { SettingsPage } from '../../src/features/practice-area/settings-page';
import { SignInPage } from '../../src/features/practice-area/sign-in-page';
import { StaffAccountsPage } from '../../src/features/practice-area/staff-accounts-page';
import enPracticeArea from '../../src/locales/en/practice-area.json';
import { mockStore } from '../../mocks/node';
import { renderWithApp } from '../setup/render';

/** Where the app is now, for tests that check a filter or a redirect kept in the address. */
function Address() {
  const location = useLocation();
  return <div data-testid="address">{`${location.pathname}${location.search}`}</div>;
}

/** The practice area's pages as the app routes them, over the mock backend. */
export function renderPracticeArea(path: string, { as }: { as?: 'admin' | 'staff' } = {}) {
  if (as) mockStore.practiceArea.signedIn = as === 'admin' ? 'staff-ada' : 'staff-sam';
  return renderWithApp(
    <>
      <Routes>
        <Route path="/practice" element={<SignInPage />} />
        <Route path="/practice/inbox" element={<InboxPage />} />
        <Route path="/practice/requests/:reference" element={<RequestPage />} />
        <Route path="/practice/settings" element={<SettingsPage />} />
        <Route path="/practice/staff" element={<StaffAccountsPage />} />
      </Routes>
      <Address />
    </>,
    { path, extra: { en: { 'practice-area': enPracticeArea } } },
  );
}
