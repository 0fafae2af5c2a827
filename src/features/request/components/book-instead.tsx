import { Link } from 'react-router';
import { InsetText } from '../../../components/callouts';
import { href } from '../../../platform/routes';
import type { PracticeSettings } from '../../../domain/practice/practice-settings';
import { useLooseT } from './loose-t';

/**
 * After a `routine` triage outcome the patient may book a practice appointment instead
 * of sending the request (issue 5, build item 3), when the practice takes bookings
 * online. The request stays open: this is an offer, never a detour.
 */
export function BookInstead({ practice }: { practice: PracticeSettings }) {
  const t = useLooseT();
  if (!practice.journeys.appointments) return null;
  return (
    <InsetText>
      <p data-testid="book-instead">
        {t('request:outcome.bookInsteadHint')}{' '}
        <Link to={href.appointments(practice.ods)}>{t('request:outcome.bookInstead')}</Link>
      </p>
    </InsetText>
  );
}
