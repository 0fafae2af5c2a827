import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/back-link';
import { WarningCallout } from '../../components/callouts';
import { LoadingPage } from '../../components/loading-page';
import { NhsAppNudge } from '../../components/nhs-app-nudge';
import { PageHeading } from '../../components/page-heading';
import { describeService, type Appointment, type BookingProblem, type BookingState, type Journey } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { AppointmentDetails, placeOf, serviceOfAppointment } from './appointment-details';
import { bookedThisVisit } from './booking-flow-store';
import { CalendarLink } from './calendar-link';
import { CancelForm } from './cancel-form';
import { problemText } from './problem-text';
import { SlotPicker } from './slot-picker';
import { appointmentWhen } from './when';

type Of<N extends BookingState['name']> = Extract<BookingState, { name: N }>;

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

export function ChooseSlotPage({
  state,
  now,
  linkFor,
  backTo,
  disabled,
  unknownSlot,
}: {
  state: Of<'choosing-slot'> | Of<'conflict'>;
  now: Date;
  linkFor: (slotId: string) => string;
  backTo: string;
  disabled: boolean;
  unknownSlot: boolean;
}) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const service = describeService(state.service);
  const conflict = state.name === 'conflict';
  return (
    <>
      <BackLink to={backTo} />
      <PageHeading title={conflict ? t('slots.conflictTitle') : t('slots.title')} caption={placeOf(state.service)} />
      {conflict ? <ChoiceProblem testId="slot-taken">{t('slots.conflictBody', { when: appointmentWhen(state.takenSlot.start, words) })}</ChoiceProblem> : null}
      {unknownSlot ? <ChoiceProblem testId="slot-unknown">{t('slots.unknownSlot')}</ChoiceProblem> : null}
      {state.replacing ? <p>{t('confirm.stillHeld')}</p> : null}
      {state.slots === null ? <LoadingPage /> : <SlotPicker slots={state.slots} now={now} linkFor={linkFor} disabled={disabled} />}
      {service.accessNotes ? (
        <p className="nhsuk-body-s">
          <strong>{t('shortlist.accessNotes')}:</strong> {service.accessNotes}
        </p>
      ) : null}
    </>
  );
}

/** Check and book: the chosen time, anything else the journey asks (`children`), and the button. */
export function ConfirmPage({
  state,
  backTo,
  disabled,
  onSubmit,
  children,
}: {
  state: Of<'confirming'>;
  backTo: string;
  disabled: boolean;
  onSubmit: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onSubmit();
  };
  return (
    <>
      <BackLink to={backTo} />
      <PageHeading title={state.replacing ? t('confirm.changeTitle') : t('confirm.title')} />
      <AppointmentDetails when={state.slot} place={placeOf(state.service)} service={state.service} />
      {state.replacing ? <p>{t('confirm.stillHeld')}</p> : null}
      <form onSubmit={submit} noValidate>
        {children}
        <button type="submit" className="nhsuk-button" disabled={disabled} aria-disabled={disabled}>
          {state.submitting ? t('confirm.booking') : state.replacing ? t('confirm.move') : t('confirm.book')}
        </button>
      </form>
    </>
  );
}

/** The service and place of the appointment a patient holds. */
function heldDetails({ appointment, session }: Of<'booked'> | Of<'changing'> | Of<'cancelling'>) {
  const service = serviceOfAppointment(appointment, session.services);
  return { service, place: placeOf(service, appointment.participant[0]?.actor?.display) };
}

export function BookedPage({
  state,
  journey,
  disabled,
  alreadyBooked,
  onChange,
  nudgeOds,
  children,
}: {
  state: Of<'booked'>;
  journey: Journey;
  disabled: boolean;
  alreadyBooked?: boolean;
  onChange: () => void;
  /**
   * The practice whose NHS App reminder may follow a booking made (or moved) in this visit;
   * none when the practice is not known (a referral opened without `?practice=`).
   */
  nudgeOds?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const { appointment } = state;
  const { service, place } = heldDetails(state);
  return (
    <>
      <PageHeading title={alreadyBooked ? t('booked.changedTitle') : t('booked.title')} />
      {alreadyBooked ? <p>{t('booked.alreadyBooked')}</p> : null}
      <AppointmentDetails when={appointment} place={place} service={service} kind="hospital" appointment={appointment} />
      <p>{t('booked.referenceNote')}</p>
      <CalendarLink appointment={appointment} place={place} />
      <h2 className="nhsuk-heading-m">{t('booked.whatNext')}</h2>
      <p>{journey === 'referral' ? t('booked.whatNextReferral') : t('booked.whatNextPractice')}</p>
      <div className="fd-actions">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={disabled} aria-disabled={disabled} onClick={onChange}>
          {t('booked.changeOrCancel')}
        </button>
        {children}
      </div>
      {nudgeOds && bookedThisVisit.has(appointment.id) ? <NhsAppNudge ods={nudgeOds} placement="booking" /> : null}
    </>
  );
}

export function ChangePage({
  state,
  journey,
  disabled,
  onNewTime,
  onCancel,
  onKeep,
}: {
  state: Of<'changing'> | Of<'cancelling'>;
  journey: Journey;
  disabled: boolean;
  onNewTime: () => void;
  onCancel: (reason: string, text: string) => void;
  onKeep: () => void;
}) {
  const { t } = useTranslation('booking');
  const { appointment } = state;
  const { service, place } = heldDetails(state);
  return (
    <>
      <BackLink onClick={onKeep} />
      <PageHeading title={t('change.title')} />
      <AppointmentDetails when={appointment} place={place} service={service} kind="hospital" appointment={appointment} />
      <h2 className="nhsuk-heading-m">{t('change.newTime')}</h2>
      <p>{t('change.newTimeHint')}</p>
      <button type="button" className="nhsuk-button" disabled={disabled} aria-disabled={disabled} onClick={onNewTime}>
        {t('change.newTime')}
      </button>
      <CancelForm journey={journey} disabled={disabled} cancelling={state.name === 'cancelling'} onCancel={onCancel} />
    </>
  );
}

export function CancelledPage({ appointment, journey, children }: { appointment: Appointment; journey: Journey; children?: ReactNode }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const [when] = useState(() => appointmentWhen(appointment.start, words));
  return (
    <>
      <PageHeading title={t('cancelled.title')} />
      <p>{t('cancelled.body', { when })}</p>
      {journey === 'referral' ? <p>{t('cancelled.referralOpen')}</p> : null}
      <CalendarLink appointment={appointment} place={appointment.participant[0]?.actor?.display} />
      {children}
    </>
  );
}
