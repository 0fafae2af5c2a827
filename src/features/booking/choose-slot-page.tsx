import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/back-link';
import { LoadingPage } from '../../components/loading-page';
import { PageHeading } from '../../components/page-heading';
import { describeService, screenStateOf, type BookingStep } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { placeOf } from './appointment-details';
import { ChoiceProblem } from './booking-notices';
import { SlotPicker } from './slot-picker';
import { appointmentWhen } from './when';

type SlotStep = Extract<BookingStep, { name: 'choosing-slot' | 'conflict' }>;

/** A service's free times; after a conflict, says which time went and offers the fresh list. */
export function ChooseSlotPage({ step, now, linkFor, backTo, disabled }: { step: SlotStep; now: Date; linkFor: (slotId: string) => string; backTo: string; disabled: boolean }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const service = describeService(step.service);
  const conflict = step.name === 'conflict';
  const screen = screenStateOf(step, now);
  return (
    <>
      <BackLink to={backTo} />
      <PageHeading title={conflict ? t('slots.conflictTitle') : t('slots.title')} caption={placeOf(step.service, service.contactMode)} />
      {conflict ? <ChoiceProblem testId="slot-taken">{t('slots.conflictBody', { when: appointmentWhen(step.takenSlot.start, words) })}</ChoiceProblem> : null}
      {step.name === 'choosing-slot' && step.unknownSlot ? <ChoiceProblem testId="slot-unknown">{t('slots.unknownSlot')}</ChoiceProblem> : null}
      {step.replacing ? <p>{t('confirm.stillHeld')}</p> : null}
      {screen === 'loading' ? <LoadingPage /> : null}
      {screen === 'empty' ? <p data-testid="slots-empty">{t('slots.none')}</p> : null}
      {screen === 'done' && step.slots ? <SlotPicker slots={step.slots} now={now} linkFor={linkFor} disabled={disabled} /> : null}
      {service.accessNotes ? (
        <p className="nhsuk-body-s">
          <strong>{t('shortlist.accessNotes')}:</strong> {service.accessNotes}
        </p>
      ) : null}
    </>
  );
}

