import { PRACTICE_TIME_ZONE } from '../../../domain/time/london';

/** A time on a staff page: day, date and 24-hour clock in UK time ("Thu 3 Dec, 14:05"). */
export function staffTime(iso: string, language: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    timeZone: PRACTICE_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
