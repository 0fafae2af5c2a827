import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { PageHeading } from '../../components/page-heading';
import { LoadingPage } from '../../components/loading-page';
import { bookedThisVisit, BookingSteps, BookedPage, CancelledPage, ChoiceProblem, ChooseSlotPage, ConfirmPage, useBookingFlow, useChoiceParams } from '../booking';
import { startReferralBooking, type HealthcareService } from '../../domain/booking';
import { useNow } from '../../platform/device/clock';
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

function linksFor(practice: string | undefined) {
  const base = practice ? `${href.referral()}?practice=${encodeURIComponent(practice)}` : href.referral();
  const serviceLink = (serviceId: string) => `${base}${practice ? '&' : '?'}service=${encodeURIComponent(serviceId)}`;
  const slotLink = (serviceId: string) => (slotId: string) => `${serviceLink(serviceId)}&slot=${encodeURIComponent(slotId)}`;
  return { base, serviceLink, slotLink };
}
const byId = (value: string, services: HealthcareService[]) => services.find((s) => s.id === value);
const choiceOptions = { serviceParam: 'service', serviceFor: byId } as const;

/** `/referral`: Manage your referral, e-RS style, one engine state at a time. */
export function ReferralPage() {
  const { t } = useTranslation('booking');
  const [params] = useSearchParams();
  const practice = practiceOf(params);
  const { base, serviceLink, slotLink } = linksFor(practice);
  const flow = useBookingFlow('referral', startReferralBooking);
  const { state, send } = flow;
  const now = useNow();
  const choice = useChoiceParams(state, send, choiceOptions);

  return (
    <BookingSteps flow={flow} journey="referral">
      {(inner, disabled) => {
        const signOut =
          'session' in inner ? (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => send({ type: 'SIGN_OUT' })}>
              {t('referral.signOut')}
            </button>
          ) : null;
        switch (inner.name) {
          case 'signed-out':
          case 'signing-in':
            return (
              <SignInForm
                problem={inner.name === 'signed-out' ? inner.problem : undefined}
                waiting={inner.name === 'signing-in'}
                disabled={disabled}
                onSignIn={(ubrn, secret) => void flow.signInToReferral(ubrn, secret)}
              />
            );
          case 'referral-loaded':
          case 'choosing-service': {
            const { session } = inner;
            const replacing = inner.name === 'choosing-service' ? inner.replacing : undefined;
            return (
              <>
                {replacing ? <BackLink onClick={() => send({ type: 'BACK' })} /> : null}
                <PageHeading title={t('shortlist.title')} caption={session.referral?.code.text} />
                {choice.unknownService ? <ChoiceProblem testId="service-unknown">{t('shortlist.unknownService')}</ChoiceProblem> : null}
                {!replacing && session.referral ? <ReferralSummary referral={session.referral} /> : null}
                <h2 className="nhsuk-heading-m">{t('shortlist.title')}</h2>
                <p>{t('shortlist.intro')}</p>
                {session.services ? <Shortlist services={session.services} linkFor={serviceLink} disabled={disabled} /> : <LoadingPage />}
                {signOut}
              </>
            );
          }
          case 'choosing-slot':
          case 'conflict':
            return (
              <ChooseSlotPage state={inner} now={now} linkFor={slotLink(inner.service.id)} backTo={base} disabled={disabled} unknownSlot={choice.unknownSlot} />
            );
          case 'confirming':
            return <ConfirmPage state={inner} backTo={serviceLink(inner.service.id)} disabled={disabled} onSubmit={() => void flow.confirm()} />;
          case 'booked':
            return (
              <BookedPage
                state={inner}
                journey="referral"
                disabled={disabled}
                alreadyBooked={!bookedThisVisit.has(inner.appointment.id)}
                nudgeOds={practice}
                onChange={() => send({ type: 'CHANGE' })}
              >
                {signOut}
              </BookedPage>
            );
          case 'cancelled':
            return (
              <CancelledPage appointment={inner.appointment} journey="referral">
                <div className="fd-actions">
                  <button type="button" className="nhsuk-button" disabled={disabled} aria-disabled={disabled} onClick={() => send({ type: 'BOOK_AGAIN' })}>
                    {t('cancelled.bookAgain')}
                  </button>
                  {signOut}
                </div>
              </CancelledPage>
            );
          case 'no-slots':
            return (
              <>
                <NoSlotsPage
                  referral={inner.session.referral}
                  deferring={inner.deferring}
                  deferred={inner.deferred}
                  disabled={disabled}
                  onDefer={() => void flow.deferToProvider()}
                />
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
