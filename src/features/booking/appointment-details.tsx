import { useTranslation } from 'react-i18next';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { bookingReferenceOf, serviceParticipantOf, contactModeOf, describeService, type Appointment, type ContactMode, type HealthcareService, type Slot } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from './when';

/** How an appointment or slot happens: phone, video or face to face at the practice, or (no mode) at the hospital. */
export function modeOf(when: Appointment | Slot, service?: HealthcareService): ContactMode | undefined {
  return contactModeOf(when.serviceType) ?? (service ? describeService(service).contactMode : undefined);
}

/**
 * Where an appointment is, in one line, for the page and the calendar file. A patient
 * goes to a hospital or a face-to-face practice appointment, so those give the address;
 * a phone or video call names the practice only.
 */
export function placeOf(service: HealthcareService | undefined, mode: ContactMode | undefined, fallback?: string): string | undefined {
  if (!service) return fallback;
  const summary = describeService(service);
  const address = mode === 'phone' || mode === 'video' ? [] : summary.addressLines;
  return [summary.name, summary.provider, ...address].filter((part, i, all) => part && all.indexOf(part) === i).join(', ');
}

/** The service an appointment belongs to, among those the patient was offered. */
export function serviceOfAppointment(appointment: Appointment, services: readonly HealthcareService[] | undefined) {
  const id = serviceParticipantOf(appointment)?.reference?.replace('HealthcareService/', '');
  return services?.find((s) => s.id === id);
}

/** When, where, what kind and (once booked) the reference: the facts of one appointment. */
export function AppointmentDetails({ when, service, appointment }: { when: Appointment | Slot; service?: HealthcareService; appointment?: Appointment }) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const mode = modeOf(when, service);
  const place = placeOf(service, mode, (appointment ? serviceParticipantOf(appointment)?.display : undefined));
  const rows: SummaryRow[] = [{ key: t('confirm.when'), value: appointmentWhen(when.start, words) }];
  if (place) rows.push({ key: t('confirm.where'), value: <span data-testid="appointment-place">{place}</span> });
  rows.push({ key: t('confirm.how'), value: t(`kind.${mode ?? 'hospital'}`) });
  if (appointment) rows.push({ key: t('booked.reference'), value: <strong data-testid="booking-reference">{bookingReferenceOf(appointment)}</strong> });
  return <SummaryList rows={rows} />;
}
