import type { Closure, PracticeSettings, RequestKind, WeekHours } from '../practice/practice-settings';
import { isBankHoliday } from './bank-holidays';
import { addDays, londonInstant, londonWallClock, minutesFromHHMM, weekdayOf } from '../time/london';

const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/**
 * GP contract 2025/26 (NHS England): online consultation tools stay open for
 * non-urgent medical and admin requests for the whole of core hours, 08:00–18:30 on
 * working days, unless the practice records an exceptional closure with a reason.
 */
export const CORE_HOURS = { open: '08:00', close: '18:30' } as const;

/** How far ahead we look for the next opening (covers Christmas and a long closure). */
const LOOKAHEAD_DAYS = 21;

interface Interval {
  start: number;
  end: number;
}

export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5 && !isBankHoliday(date);
}

function dayWindows(hours: WeekHours | undefined, date: string, withCoreHours: boolean) {
  const windows = isBankHoliday(date) ? [] : [...(hours?.[DAY_KEYS[weekdayOf(date)]!] ?? [])];
  if (withCoreHours && isWorkingDay(date)) windows.push(CORE_HOURS);
  return windows.map((w) => ({
    start: londonInstant(date, minutesFromHHMM(w.open)).getTime(),
    end: londonInstant(date, minutesFromHHMM(w.close)).getTime(),
  }));
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push({ ...next });
  }
  return merged;
}

function subtract(open: Interval[], closed: Interval[]): Interval[] {
  let result = open;
  for (const c of closed) {
    result = result.flatMap((o) => {
      if (c.end <= o.start || c.start >= o.end) return [o];
      const pieces: Interval[] = [];
      if (c.start > o.start) pieces.push({ start: o.start, end: c.start });
      if (c.end < o.end) pieces.push({ start: c.end, end: o.end });
      return pieces;
    });
  }
  return result;
}

function openIntervals(hours: WeekHours | undefined, withCoreHours: boolean, closures: Closure[], now: Date) {
  const today = londonWallClock(now).date;
  const all: Interval[] = [];
  for (let d = -1; d <= LOOKAHEAD_DAYS; d++) all.push(...dayWindows(hours, addDays(today, d), withCoreHours));
  const closed = closures.map((c) => ({ start: Date.parse(c.from), end: Date.parse(c.to) }));
  return subtract(merge(all), closed);
}

function closureAt(closures: Closure[], now: Date): Closure | undefined {
  const t = now.getTime();
  return closures.find((c) => Date.parse(c.from) <= t && t < Date.parse(c.to));
}

export type Availability =
  | { state: 'open'; until: Date }
  /** `offReason`: the practice's recorded reason, shown to patients (it may close core hours). */
  | { state: 'closed'; reason: 'switched-off'; offReason?: string }
  | { state: 'closed'; reason: 'closure'; closureReason: string; reopens: Date | null }
  | { state: 'closed'; reason: 'bank-holiday' | 'outside-hours'; reopens: Date | null }
  /** No more room today: the daily cap, reached outside core hours. */
  | { state: 'closed'; reason: 'full'; reopens: Date | null };

function availabilityFrom(intervals: Interval[], closures: Closure[], now: Date): Availability {
  const t = now.getTime();
  const current = intervals.find((i) => i.start <= t && t < i.end);
  if (current) return { state: 'open', until: new Date(current.end) };
  const nextStart = intervals.find((i) => i.start > t)?.start;
  const reopens = nextStart === undefined ? null : new Date(nextStart);
  const closure = closureAt(closures, now);
  if (closure) return { state: 'closed', reason: 'closure', closureReason: closure.reason, reopens };
  const reason = isBankHoliday(londonWallClock(now).date) ? 'bank-holiday' : 'outside-hours';
  return { state: 'closed', reason, reopens };
}

/** Whether the practice's doors and phones are open now, and until when. */
export function practiceIsOpenNow(settings: PracticeSettings, now: Date): Availability {
  const intervals = openIntervals(settings.openingHours, false, settings.closures, now);
  return availabilityFrom(intervals, settings.closures, now);
}

/** Whether `now` is in core hours: 08:00–18:30 London time on a working day. */
export function inCoreHours(now: Date): boolean {
  const { date, minutes } = londonWallClock(now);
  return isWorkingDay(date) && minutes >= minutesFromHHMM(CORE_HOURS.open) && minutes < minutesFromHHMM(CORE_HOURS.close);
}

/** Whether the practice takes online requests of this kind now, and until when. */
export function onlineRequestsOpenNow(settings: PracticeSettings, kind: RequestKind, now: Date): Availability {
  const intervals = requestIntervals(settings, kind, now);
  if (intervals === 'switched-off') return { state: 'closed', reason: 'switched-off', offReason: settings.requestsOffReason };
  const availability = availabilityFrom(intervals, settings.closures, now);
  if (!isSwitchedOff(settings, kind)) return availability;
  // Switched off without a recorded reason: the contract still keeps core hours open.
  return availability.state === 'open' || availability.reason === 'closure' ? availability : { state: 'closed', reason: 'switched-off' };
}

const isSwitchedOff = (settings: PracticeSettings, kind: RequestKind) => !settings.journeys.requests || !settings.onlineRequests[kind].enabled;

/** When this kind of request can be sent, or 'switched-off' when never (a recorded reason). */
function requestIntervals(settings: PracticeSettings, kind: RequestKind, now: Date): Interval[] | 'switched-off' {
  if (!isSwitchedOff(settings, kind)) return openIntervals(settings.onlineRequests[kind].hours, true, settings.closures, now);
  if (settings.requestsOffReason) return 'switched-off';
  return openIntervals(undefined, true, settings.closures, now);
}

/**
 * The first moment after today (London time) at which this kind of request can be sent:
 * when a kind that is full today opens again, as the daily count starts afresh at midnight.
 */
export function opensAgainAfterToday(settings: PracticeSettings, kind: RequestKind, now: Date): Date | null {
  const intervals = requestIntervals(settings, kind, now);
  if (intervals === 'switched-off') return null;
  const tomorrow = londonInstant(addDays(londonWallClock(now).date, 1), 0).getTime();
  const next = intervals.find((i) => i.end > tomorrow);
  return next ? new Date(Math.max(next.start, tomorrow)) : null;
}

/**
 * Whether this kind can be sent now, given whether the practice says it is full today.
 * The contract keeps core hours open whatever the count, so "full" counts only outside them.
 */
export function onlineRequestsNow(settings: PracticeSettings, kind: RequestKind, now: Date, fullToday: boolean): Availability {
  const availability = onlineRequestsOpenNow(settings, kind, now);
  if (availability.state !== 'open' || !fullToday || inCoreHours(now)) return availability;
  return { state: 'closed', reason: 'full', reopens: opensAgainAfterToday(settings, kind, now) };
}

/** Whether the practice takes any online request now (its home links the request journey only then). */
export function takesOnlineRequestsNow(settings: PracticeSettings, now: Date): boolean {
  return onlineRequestsOpenNow(settings, 'medical', now).state === 'open' || onlineRequestsOpenNow(settings, 'admin', now).state === 'open';
}

/** The last moment of the working day `workingDays` after `now` (the reply-by promise). */
export function replyBy(settings: PracticeSettings, now: Date): Date {
  let date = londonWallClock(now).date;
  let remaining = settings.replyWithinWorkingDays;
  // A request sent after core hours, or on a non-working day, starts on the next working day.
  const startsToday = isWorkingDay(date) && londonWallClock(now).minutes < minutesFromHHMM(CORE_HOURS.close);
  if (!startsToday) {
    do date = addDays(date, 1);
    while (!isWorkingDay(date));
  }
  while (remaining > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) remaining--;
  }
  return londonInstant(date, minutesFromHHMM(CORE_HOURS.close));
}
