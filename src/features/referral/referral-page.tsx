import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { BookedPage, BookingSteps, CancelledPage, ChoiceProblem, ChooseSlotPage, ConfirmPage, serviceOfAppointment, useBookingJourney, type JourneyConfig } from '../booking';
import { isOdsCode } from '../../domain/practice/ods-code';
import { href } from '../../platform/routes';
import { NoSlotsPage } from './no-slots-page';
import { ReferralSummary } from './referral-summary';
import { Shortlist } from './shortlist';
import { SignInForm } from './sign-in-form';

/**
 * A referral link may name the patient's practice (`/referral?practice=Y99001`), so the NHS
 * App reminder after a booking can point to it. The ODS code stays in every link of the
 * journey; without one (or with a malformed one) there is no reminder.
 */
function practiceOf(params: URLSearchParams): string | undefined {
  const code = params.get('practice')?.trim().toUpperCase();
  return code && isOdsCode(code) ? code : undefined;
}

const journeyFor = (practice: string | undefined): JourneyConfig => ({
  scope: 'referral',
  journey: 'referral',
  base: practice ? `${href.referral()}?practice=${encodeURIComponent(practice)}` : href.referral(),
  serviceParam: 'service',
  serviceFor: (value, services) => services.find((s) => s.id === value),
  valueOf: (service) => service.id,
});

/** `/referral`: Manage your referral, e-RS style, one step at a time. */
export function ReferralPage() {
  const { t } = useTranslation('booking');
  const [params] = useSearchParams();
  const practice = practiceOf(params);
  const booking = useBookingJourney(journeyFor(practice));
  const { actions, links, session, now } = booking;

  return (
    <BookingSteps booking={booking} journey="referral">
      {(step, disabled) => {
        const signOut = (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={actions.signOut}>
            {t('referral.signOut')}
          </button>
        );
        switch (step.name) {
          case 'signed-out':
            return <SignInForm problem={step.problem} waiting={step.signingIn} disabled={disabled} onSignIn={actions.signInToReferral} />;
          case 'choosing-service': {
            const referral = session?.referral;
            const { replacing } = step;
            return (
              <>
                {replacing ? <BackLink to={links(false).change} /> : null}
                <PageHeading title={t('shortlist.title')} caption={referral?.code.text} />
                {step.unknownService ? <ChoiceProblem testId="service-unknown">{t('shortlist.unknownService')}</ChoiceProblem> : null}
                {!replacing && referral ? <ReferralSummary referral={referral} /> : null}
                <h2 className="nhsuk-heading-m">{t('shortlist.title')}</h2>
                <p>{t('shortlist.intro')}</p>
                {step.services ? <Shortlist services={step.services} linkFor={links(Boolean(replacing)).service} disabled={disabled} /> : <LoadingPage />}
                {signOut}
              </>
            );
          }
          case 'choosing-slot':
          case 'conflict': {
            const to = links(Boolean(step.replacing));
            return <ChooseSlotPage step={step} now={now} linkFor={to.slot(step.service)} backTo={to.services} disabled={disabled} />;
          }
          case 'confirming':
            return (
              <ConfirmPage
                step={step}
                backTo={links(Boolean(step.replacing)).service(step.service)}
                disabled={disabled}
                onSubmit={() => actions.confirm(step.slot, step.service, step.replacing)}
              />
            );
          case 'booked':
            return session ? (
              <BookedPage
                appointment={step.appointment}
                service={serviceOfAppointment(step.appointment, booking.services)}
                session={session}
                bookedHere={step.bookedHere}
                disabled={disabled}
                nudgeOds={practice}
                onChange={actions.changeOrCancel}
              >
                {signOut}
              </BookedPage>
            ) : undefined;
          case 'cancelled':
            return (
              <CancelledPage appointment={step.appointment} journey="referral">
                <div className="fd-actions">
                  <button type="button" className="nhsuk-button" disabled={disabled} aria-disabled={disabled} onClick={actions.bookAgain}>
                    {t('cancelled.bookAgain')}
                  </button>
                  {signOut}
                </div>
              </CancelledPage>
            );
          case 'no-slots':
            return (
              <>
                <NoSlotsPage referral={session?.referral} deferring={step.deferring} deferred={step.deferred} disabled={disabled} onDefer={actions.deferToProvider} />
                {signOut}
              </>
            );
          default:
            return undefined;
        }
      }}
    </BookingSteps>
  );
}
