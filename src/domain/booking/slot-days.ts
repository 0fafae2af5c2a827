import { londonWallClock } from '../time/london';
import type { Slot } from './fhir-schemas';

export interface SlotChoice {
  slot: Slot;
  /** "09:30" on the London wall clock, whatever the device's own time zone. */
  londonTime: string;
}

export interface SlotDay {
  /** yyyy-mm-dd in London. */
  date: string;
  slots: SlotChoice[];
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Free slots that have not started yet, grouped by London day, earliest first, so the
 * first choice on the page is the next free appointment. A slot just after midnight UTC
 * in summer belongs to the London day it is on, not the UTC one.
 */
export function groupSlotsByLondonDay(slots: readonly Slot[], now: Date): SlotDay[] {
  const upcoming = slots
    .filter((slot) => slot.status === 'free' && Date.parse(slot.start) > now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  const days: SlotDay[] = [];
  for (const slot of upcoming) {
    const wall = londonWallClock(new Date(slot.start));
    const choice = { slot, londonTime: hhmm(wall.minutes) };
    const last = days[days.length - 1];
    if (last && last.date === wall.date) last.slots.push(choice);
    else days.push({ date: wall.date, slots: [choice] });
  }
  return days;
}

/** The next free slot, or undefined when there is none (the "service will contact you" path). */
export function nextFreeSlot(slots: readonly Slot[], now: Date): Slot | undefined {
  return groupSlotsByLondonDay(slots, now)[0]?.slots[0]?.slot;
}
