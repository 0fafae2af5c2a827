import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { ApiError } from '../../platform/api/client';
import { isStaffQueryKey } from '../../platform/query/staff-queries';
import { practiceAreaKeys } from './api/keys';
import { sessionQuery, signOut } from './api/session';
import type { Staff } from './api/types';
import { signInHref, SIGN_IN_PATH } from './model/sign-in-return';
import './practice-area.scss';

const isSignedOut = (error: unknown) => error instanceof ApiError && error.status === 401;

/**
 * Watches every practice-area call: a 401 from any of them after sign-in means the
 * session has ended (30 minutes unused, or 12 hours), so staff go back to sign-in with
 * a message, and the staff data in memory goes with the session.
 */
function useSessionEnded(): boolean {
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const hadSession = () => queryClient.getQueryData(practiceAreaKeys.session()) !== undefined;
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isStaffQueryKey(event.query.queryKey) && isSignedOut(event.action.error) && hadSession()) setEnded(true);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error' && isStaffQueryKey(event.mutation.options.mutationKey) && isSignedOut(event.action.error)) setEnded(true);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient]);
  useEffect(() => {
    if (ended) queryClient.removeQueries({ queryKey: practiceAreaKeys.all });
  }, [ended, queryClient]);
  return ended;
}

interface Props {
  /** Settings and staff accounts: staff see a message, not the page. */
  adminOnly?: boolean;
  /** The page's title when it is shown only to the practice admin. */
  title: string;
  children: (staff: Staff) => ReactNode;
}

/** Every signed-in page: the session check, the staff bar (who, where, sign out), then the page. */
export function SessionFrame({ adminOnly, title, children }: Props) {
  const { t } = useTranslation('practice-area');
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery());
  const ended = useSessionEnded();
  const here = `${location.pathname}${location.search}`;

  if (ended) return <Navigate to={signInHref(here, 'expired')} replace />;
  if (isSignedOut(session.error)) return <Navigate to={signInHref(here)} replace />;
  if (!session.data) {
    if (session.isError) return <p role="alert">{t('frame.unavailable')}</p>;
    return <LoadingPage />;
  }
  const { staff } = session.data;

  async function leave() {
    await signOut().catch(() => undefined); // the session ends on the server; here, in any case
    queryClient.removeQueries({ queryKey: practiceAreaKeys.all });
    void navigate(`${SIGN_IN_PATH}?reason=signed-out`);
  }

  return (
    <div className="fd-practice-area">
      <div className="fd-practice-area__bar">
        <p className="fd-practice-area__who">{t('frame.signedInAs', { name: staff.name, practice: staff.practiceName })}</p>
        <nav aria-label={t('frame.navLabel')}>
          <ul className="fd-practice-area__nav">
            <li>
              <Link to="/practice/inbox">{t('frame.nav.inbox')}</Link>
            </li>
            <li>
              <Link to="/practice/settings">{t('frame.nav.settings')}</Link>
            </li>
            {staff.role === 'admin' ? (
              <li>
                <Link to="/practice/staff">{t('frame.nav.staff')}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <button type="button" className="nhsuk-button nhsuk-button--secondary fd-practice-area__sign-out" onClick={() => void leave()}>
          {t('frame.signOut')}
        </button>
      </div>
      {adminOnly && staff.role !== 'admin' ? (
        <>
          <PageHeading title={title} />
          <p>{t('frame.adminOnly')}</p>
        </>
      ) : (
        children(staff)
      )}
    </div>
  );
}
