import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { isOdsCode, normaliseOdsCode } from '../../domain/practice/ods-code';
import { PracticeCode } from './practice-code';

/**
 * The `/:ods` route, parent of every practice page (home, request, appointments, NHS App,
 * staff): it reads the ODS code from the URL once. A code typed in lower case goes to the
 * same URL in upper case, the rest of the path, the query and the hash kept
 * (`/y99001/request/check?change=1` → `/Y99001/request/check?change=1`), so every journey
 * treats `/y99001/...` as `/y99001` always has. Posters and SMS links are typed by hand.
 */
export function PracticeRoute() {
  const { ods: inUrl = '' } = useParams();
  const location = useLocation();
  const ods = normaliseOdsCode(inUrl);
  if (inUrl !== ods && isOdsCode(ods)) {
    const pathname = location.pathname.replace(/^\/[^/]*/, `/${ods}`);
    return <Navigate to={{ pathname, search: location.search, hash: location.hash }} state={location.state} replace />;
  }
  return (
    <PracticeCode.Provider value={ods}>
      <Outlet />
    </PracticeCode.Provider>
  );
}
