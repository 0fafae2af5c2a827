import type { TFunction } from 'i18next';
import type { Availability } from '../../domain/availability/opening-hours';
import { formatDayAndTime, formatTime, type DateWords } from '../../platform/i18n/format';
import { londonWallClock } from '../../domain/time/london';

/** "until 6:30pm" today, or the day as well when it is not today. */
function when(instant: Date, now: Date, words: DateWords) {
  return londonWallClock(instant).date === londonWallClock(now).date
    ? formatTime(instant, words)
    : formatDayAndTime(instant, words);
}

export function onlineRequestsText(t: TFunction<'practice'>, availability: Availability, now: Date, words: DateWords) {
  if (availability.state === 'open') return t('home.requests.openUntil', { time: when(availability.until, now, words) });
  if (availability.reason === 'switched-off') return t('home.requests.notTaken');
  const reopens = availability.reopens ? when(availability.reopens, now, words) : null;
  if (availability.reason === 'full') return reopens ? t('home.requests.fullUntil', { when: reopens }) : t('home.requests.fullNoDate');
  if (availability.reason === 'closure') {
    return reopens ? t('home.requests.closedForClosure', { when: reopens }) : t('home.requests.closedNoDate');
  }
  return reopens ? t('home.requests.closedUntil', { when: reopens }) : t('home.requests.closedNoDate');
}

export function doorsText(t: TFunction<'practice'>, availability: Availability, now: Date, words: DateWords) {
  if (availability.state === 'open') return t('home.doors.openUntil', { time: when(availability.until, now, words) });
  if (availability.reason === 'switched-off' || !availability.reopens) return t('home.doors.closedNoDate');
  return t('home.doors.closedUntil', { when: when(availability.reopens, now, words) });
}
