import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../components/callouts';
import { PageHeading } from '../../components/page-heading';
import type { BookingProblem, Journey } from '../../domain/booking';
import { problemText } from './problem-text';

/** Offline: actions are off and the page says so plainly; a booking held stays on screen. */
export function OfflineNotice({ holdsBooking }: { holdsBooking: boolean }) {
  const { t } = useTranslation('booking');
  return (
    <div role="status" data-testid="booking-offline">
      <WarningCallout heading={t('offline.title')}>
        <p>{t('offline.body')}</p>
        {holdsBooking ? <p>{t('offline.bookingShown')}</p> : null}
      </WarningCallout>
    </div>
  );
}

/** A choice the page cannot honour (taken meanwhile, or not on offer): said first, then the choices. */
export function ChoiceProblem({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div className="nhsuk-error-summary" role="alert" data-testid={testId}>
      <p className="nhsuk-body">{children}</p>
    </div>
  );
}

/** A request failed in a way the patient cannot fix by changing an answer. */
export function ProblemPage({ problem, journey, onRetry }: { problem: BookingProblem; journey: Journey; onRetry: () => void }) {
  const { t } = useTranslation('booking');
  return (
    <>
      <PageHeading title={t('error.title')} />
      <p data-testid="booking-problem">{problemText(t, problem, journey)}</p>
      <button type="button" className="nhsuk-button" onClick={onRetry}>
        {t('error.tryAgain')}
      </button>
    </>
  );
}
