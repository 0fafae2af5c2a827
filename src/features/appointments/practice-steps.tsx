import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../components/back-link';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { BookingSteps, type BookingFlow, BookedPage, CancelledPage, ChoiceProblem, ChooseSlotPage, ConfirmPage, useChoiceParams } from '../booking';
import { bookingReferenceOf, contactModeOf, type BookingProblem, type BookingState } from '../../domain/booking';
import { useNow } from '../../platform/device/clock';
import { href } from '../../platform/routes';
import { AppointmentTypes, serviceOfType } from './appointment-types';
import { checkPatient, emptyAnswers, PatientDetails, type PatientAnswers } from './patient-details';

const choiceOptions = { serviceParam: 'type', serviceFor: serviceOfType } as const;

/**
 * The practice booking journey's pages after the start: kinds of appointment, times,
 * check and book, the booking, change and cancel. `base` is the page's own URL.
 */
export function PracticeSteps({
  ods,
  base,
  flow,
  signedOut,
  onBooked,
  onChangeBooked,
}: {
  ods: string;
  base: string;
  flow: BookingFlow;
  /** What to show before the patient has found their booking (manage) — not used when booking. */
  signedOut?: (state: Extract<BookingState, { name: 'signed-out' | 'signing-in' }>, disabled: boolean) => ReactNode;
  /** Extra actions under a booking (book another). */
  onBooked?: ReactNode;
  /** "Change or cancel" under a new booking: the booking page sends the patient to find it first. */
  onChangeBooked?: (reference: string) => void;
}) {
  const { t } = useTranslation('booking');
  const { state, send } = flow;
  const now = useNow();
  const choice = useChoiceParams(state, send, choiceOptions);
  const [answers, setAnswers] = useState<PatientAnswers>(emptyAnswers);
  // The patient's errors as they were at the last "Book": they change only when the patient
  // submits again, so the error summary never steals focus while they type a correction.
  const [shownErrors, setShownErrors] = useState<ReturnType<typeof checkPatient>['errors']>({});
  const typeLink = (type: string) => `${base}?type=${encodeURIComponent(type)}`;

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
    <BookingSteps flow={flow} journey="practice" errorPage={notTaken}>
      {(inner, disabled) => {
        switch (inner.name) {
          case 'signed-out':
          case 'signing-in':
            return signedOut?.(inner, disabled);
          case 'choosing-service': {
            const { services } = inner.session;
            return (
              <>
                {inner.replacing ? <BackLink onClick={() => send({ type: 'BACK' })} /> : null}
                <PageHeading title={inner.replacing ? t('change.newTime') : t('practice.title')} caption={services?.[0]?.name} />
                {choice.unknownService ? <ChoiceProblem testId="service-unknown">{t('practice.unknownType')}</ChoiceProblem> : null}
                <p>{t('practice.intro')}</p>
                <p>{t('practice.emergency')}</p>
                {services ? <AppointmentTypes services={services} linkFor={typeLink} disabled={disabled} /> : <LoadingPage />}
                {inner.replacing ? null : (
                  <p>
                    <Link to={href.manageAppointment(ods)}>{t('practice.manageLink')}</Link>
                  </p>
                )}
              </>
            );
          }
          case 'choosing-slot':
          case 'conflict': {
            const type = contactModeOf(inner.service.type) ?? '';
            return (
              <ChooseSlotPage
                state={inner}
                now={now}
                linkFor={(slotId) => `${typeLink(type)}&slot=${encodeURIComponent(slotId)}`}
                backTo={base}
                disabled={disabled}
                unknownSlot={choice.unknownSlot}
              />
            );
          }
          case 'confirming': {
            const type = contactModeOf(inner.service.type);
            const phoneNeeded = type === 'phone';
            const checkedAnswers = checkPatient(answers, phoneNeeded, now);
            return (
              <ConfirmPage
                state={inner}
                backTo={typeLink(type ?? '')}
                disabled={disabled}
                onSubmit={() => {
                  setShownErrors(checkedAnswers.errors);
                  if (inner.replacing) void flow.confirm();
                  else if (checkedAnswers.patient) void flow.confirm(checkedAnswers.patient);
                }}
              >
                {inner.replacing ? null : <PatientDetails answers={answers} onChange={setAnswers} errors={shownErrors} phoneNeeded={phoneNeeded} />}
              </ConfirmPage>
            );
          }
          case 'booked':
            return (
              <BookedPage
                state={inner}
                journey="practice"
                disabled={disabled}
                nudgeOds={ods}
                onChange={() => (onChangeBooked ? onChangeBooked(bookingReferenceOf(inner.appointment)) : send({ type: 'CHANGE' }))}
              >
                {onBooked}
              </BookedPage>
            );
          case 'cancelled':
            return (
              <CancelledPage appointment={inner.appointment} journey="practice">
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
