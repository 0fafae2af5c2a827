import { formatDay, formatDayAndTime, formatTime, type DateWords } from '../../platform/i18n/format';

/** An appointment's time in words, on the London clock whatever the device's time zone. */
export const appointmentWhen = (start: string, words: DateWords) => formatDayAndTime(new Date(start), words);
export const slotTime = (start: string, words: DateWords) => formatTime(new Date(start), words);
export const slotDay = (start: string, words: DateWords) => formatDay(new Date(start), words);
