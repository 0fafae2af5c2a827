import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../components/back-link';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { BookedPage, BookingSteps, CancelledPage, ChoiceProblem, ChooseSlotPage, ConfirmPage, serviceOfAppointment, type BookingJourney } from '../booking';
import { bookingReferenceOf, checkPracticePatient, contactModeOf, type BookingProblem, type BookingStep } from '../../domain/booking';
import { href } from '../../platform/routes';
import { AppointmentTypes } from './appointment-types';
import { emptyAnswers, PatientDetails, type PatientErrors } from './patient-details';

/**
 * The practice booking journey's pages after the start: kinds of appointment, times,
 * check and book, the booking, change and cancel.
 */
export function PracticeSteps({
  ods,
  booking,
  signedOut,
  onBooked,
  onChangeBooked,
}: {
  ods: string;
  booking: BookingJourney;
  /** What to show before the patient has found their booking (manage) — not used when booking. */
  signedOut?: (step: Extract<BookingStep, { name: 'signed-out' }>, disabled: boolean) => ReactNode;
  /** Extra actions under a booking (book another). */
  onBooked?: ReactNode;
  /** "Change or cancel" under a new booking: the booking page sends the patient to find it first. */
  onChangeBooked?: (reference: string) => void;
}) {
  const { t } = useTranslation('booking');
  const { actions, links, session, now } = booking;
  const [answers, setAnswers] = useState(emptyAnswers);
  // The patient's errors as they were at the last "Book": they change only when the patient
  // submits again, so the error summary never steals focus while they type a correction.
  const [shownErrors, setShownErrors] = useState<PatientErrors>({});

  const notTaken = (problem: BookingProblem) =>
    problem.issue === 'practice-unknown' ? (
      <>
        <PageHeading title={t('practice.notTaken')} />
        <p>{t('practice.notTakenBody')}</p>
        <p>
          <Link to={href.practiceHome(ods)}>{t('practice.practiceHome')}</Link>
        </p>
      </>
    ) : undefined;

  return (
    <BookingSteps booking={booking} journey="practice" errorPage={notTaken}>
      {(step, disabled) => {
        switch (step.name) {
          case 'signed-out':
            return signedOut?.(step, disabled);
          case 'choosing-service': {
            const { services, replacing } = step;
            // The heading's caption names the service, so the page waits for the services
            // whole: a caption arriving later would push the words below it down the screen.
            if (!services) {
              return (
                <>
                  {replacing ? <BackLink to={links(false).change} /> : null}
                  <LoadingPage />
                </>
              );
            }
            return (
              <>
                {replacing ? <BackLink to={links(false).change} /> : null}
                <PageHeading title={replacing ? t('change.newTime') : t('practice.title')} caption={services[0]?.name} />
                {step.unknownService ? <ChoiceProblem testId="service-unknown">{t('practice.unknownType')}</ChoiceProblem> : null}
                <p>{t('practice.intro')}</p>
                <p>{t('practice.emergency')}</p>
                <AppointmentTypes services={services} linkFor={links(Boolean(replacing)).service} disabled={disabled} />
                {replacing ? null : (
                  <p>
                    <Link to={href.manageAppointment(ods)}>{t('practice.manageLink')}</Link>
                  </p>
                )}
              </>
            );
          }
          case 'choosing-slot':
          case 'conflict': {
            const to = links(Boolean(step.replacing));
            return <ChooseSlotPage step={step} now={now} linkFor={to.slot(step.service)} backTo={to.services} disabled={disabled} />;
          }
          case 'confirming': {
            const phoneNeeded = contactModeOf(step.service.type) === 'phone';
            const checked = checkPracticePatient(answers, phoneNeeded, now);
            return (
              <ConfirmPage
                step={step}
                backTo={links(Boolean(step.replacing)).service(step.service)}
                disabled={disabled}
                onSubmit={() => {
                  if (step.replacing) return actions.confirm(step.slot, step.service, step.replacing);
                  setShownErrors(checked.errors);
                  if (checked.patient) actions.confirm(step.slot, step.service, undefined, { patient: checked.patient, reason: checked.reason });
                }}
              >
                {step.replacing ? null : (
                  <PatientDetails answers={answers} onChange={setAnswers} errors={shownErrors} problem={step.problem} phoneNeeded={phoneNeeded} />
                )}
              </ConfirmPage>
            );
          }
          case 'booked':
            return session ? (
              <BookedPage
                appointment={step.appointment}
                service={serviceOfAppointment(step.appointment, booking.services)}
                session={session}
                bookedHere={step.bookedHere}
                disabled={disabled}
                nudgeOds={ods}
                onChange={() => (onChangeBooked ? onChangeBooked(bookingReferenceOf(step.appointment)) : actions.changeOrCancel())}
              >
                {onBooked}
              </BookedPage>
            ) : undefined;
          case 'cancelled':
            return (
              <CancelledPage appointment={step.appointment} journey="practice">
                <p>
                  <Link to={href.appointments(ods)}>{t('booked.bookAnother')}</Link>
                </p>
              </CancelledPage>
            );
          case 'no-slots':
            return (
              <>
                <PageHeading title={t('noSlots.title')} />
                <p>{t('practice.noneFreeBody')}</p>
              </>
            );
          default:
            return undefined;
        }
      }}
    </BookingSteps>
  );
}
