import { londonWallClock, minutesFromHHMM } from '../../domain/time/london';

/**
 * Dates and times in the patient's language, in UK time, with words from the
 * catalogues (`common:dates`): browsers' own date data lacks some of our languages.
 * English follows the NHS.UK style: 9am, 6:30pm, midday, midnight.
 */
export interface DateWords {
  weekdays: string[]; // Sunday first
  months: string[]; // January first
  clock: '12h' | '24h';
  am: string;
  pm: string;
  midday: string;
  midnight: string;
  dayAndMonth: string; // "{{weekday}} {{day}} {{month}}"
  dateAtTime: string; // "{{date}} at {{time}}"
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

export function formatMinutes(minutes: number, words: DateWords): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const mm = String(m).padStart(2, '0');
  if (words.clock === '24h') return `${String(h).padStart(2, '0')}:${mm}`;
  if (m === 0 && h === 12) return words.midday;
  if (m === 0 && h === 0) return words.midnight;
  const hour12 = h % 12 || 12;
  return `${hour12}${m ? `:${mm}` : ''}${h < 12 ? words.am : words.pm}`;
}

/** "08:30" from settings, shown in the patient's style. */
export function formatClockTime(hhmm: string, words: DateWords): string {
  return formatMinutes(minutesFromHHMM(hhmm), words);
}

export function formatTime(instant: Date, words: DateWords): string {
  return formatMinutes(londonWallClock(instant).minutes, words);
}

export function formatDay(instant: Date, words: DateWords): string {
  const { date, weekday } = londonWallClock(instant);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return fill(words.dayAndMonth, { weekday: words.weekdays[weekday] ?? '', day, month: words.months[month - 1] ?? '' });
}

export function formatDayAndTime(instant: Date, words: DateWords): string {
  return fill(words.dateAtTime, { date: formatDay(instant, words), time: formatTime(instant, words) });
}

/** Weekday names Monday first, as opening-hours tables list them. */
export function weekdaysFromMonday(words: DateWords): string[] {
  return [...words.weekdays.slice(1), words.weekdays[0] ?? ''];
}
