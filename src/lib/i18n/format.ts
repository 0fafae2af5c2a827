import { PRACTICE_TIME_ZONE } from '../time/london';

/** The Intl locale for a catalogue language: British English, not American. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** Dates and times as the practice keeps them (UK time), in the patient's language. */
export function formatTime(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: PRACTICE_TIME_ZONE, hour: 'numeric', minute: '2-digit' }).format(
    instant,
  );
}

export function formatDayAndTime(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: PRACTICE_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
}

export function formatDate(instant: Date, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: PRACTICE_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
}

/** "08:30" shown in the patient's language's time style. */
export function formatClockTime(hhmm: string, language: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(language), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
}

/** Weekday names in the patient's language, Monday first. */
export function weekdayName(dayIndexFromMonday: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + dayIndexFromMonday)),
  );
}
