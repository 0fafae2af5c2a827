import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingReferenceOf, serviceParticipantOf, bookingToIcs, calendarEventFor, type Appointment } from '../../domain/booking';

/**
 * The booking as an .ics file made on the device (a Blob behind an object URL, so no
 * request and no CSP change), with times in UTC that every calendar turns into local time.
 */
export function CalendarLink({ appointment, place }: { appointment: Appointment; place?: string }) {
  const { t } = useTranslation('booking');
  const reference = bookingReferenceOf(appointment);
  const service = serviceParticipantOf(appointment)?.display ?? '';
  const [stampedAt] = useState(() => new Date());
  const text = useMemo(
    () =>
      bookingToIcs(
        calendarEventFor(
          appointment,
          {
            summary: t('booked.calendarSummary', { service }),
            location: place,
            description: t('booked.calendarReference', { reference }),
          },
          stampedAt,
        ),
      ),
    [appointment, place, reference, service, stampedAt, t],
  );
  // The file is made when the link is followed, so nothing is held in memory until then.
  const prepare = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  };
  return (
    <p>
      <a href={`data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`} download={`appointment-${reference}.ics`} onClick={prepare} data-testid="calendar-download">
        {t(appointment.status === 'cancelled' ? 'cancelled.calendar' : 'booked.calendar')}
      </a>
    </p>
  );
}
