import { useTranslation } from 'react-i18next';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import { bookingReferenceOf, contactModeOf, describeService, type Appointment, type HealthcareService, type Slot } from '../../domain/booking';
import { useDateWords } from '../../platform/i18n/use-date-words';
import { appointmentWhen } from './when';

/** Where an appointment is, in one line, for the page and the calendar file. */
export function placeOf(service: HealthcareService | undefined, fallback?: string): string | undefined {
  if (!service) return fallback;
  const summary = describeService(service);
  return [summary.name, summary.provider, ...summary.addressLines].filter((part, i, all) => part && all.indexOf(part) === i).join(', ');
}

/** The service an appointment or slot belongs to, among those the patient was offered. */
export function serviceOfAppointment(appointment: Appointment, services: HealthcareService[] | null | undefined) {
  const id = appointment.participant[0]?.actor?.reference?.replace('HealthcareService/', '');
  return services?.find((s) => s.id === id);
}

/** When, where, what kind and (once booked) the reference: the facts of one appointment. */
export function AppointmentDetails({
  when,
  place,
  service,
  kind,
  appointment,
}: {
  when: Appointment | Slot;
  place?: string;
  service?: HealthcareService;
  kind?: 'hospital';
  appointment?: Appointment;
}) {
  const { t } = useTranslation('booking');
  const words = useDateWords();
  const mode = contactModeOf(when.serviceType) ?? (service ? describeService(service).contactMode : undefined);
  const rows: SummaryRow[] = [{ key: t('confirm.when'), value: appointmentWhen(when.start, words) }];
  if (place) rows.push({ key: t('confirm.where'), value: place });
  rows.push({ key: t('confirm.how'), value: t(`kind.${mode ?? kind ?? 'hospital'}`) });
  if (appointment) rows.push({ key: t('booked.reference'), value: <strong data-testid="booking-reference">{bookingReferenceOf(appointment)}</strong> });
  return <SummaryList rows={rows} />;
}
