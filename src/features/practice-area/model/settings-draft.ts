import type { PracticeSettings, WeekHours } from '../../../domain/practice/practice-settings';
import { londonInstant, londonWallClock, minutesFromHHMM } from '../../../domain/time/london';

/**
 * What the settings page edits: the settings as people type them (UK wall-clock times
 * for closures, the reply days and origins as typed), so nothing typed is lost even
 * when it is not valid yet. `settingsFromDraft` turns it back into a settings document
 * for the schema to check.
 */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

export interface ClosureDraft {
  /** `yyyy-mm-ddThh:mm` in UK time, as a datetime-local field holds it. */
  from: string;
  to: string;
  reason: string;
}

export interface SettingsDraft {
  openingHours: WeekHours;
  closures: ClosureDraft[];
  requestTypes: { medical: boolean; admin: boolean };
  journeys: PracticeSettings['journeys'];
  replyWithinWorkingDays: string;
  /** One origin a line. */
  allowedOrigins: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localFromIso(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const { date, minutes } = londonWallClock(instant);
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function isoFromLocal(local: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  return match ? londonInstant(match[1]!, minutesFromHHMM(match[2]!)).toISOString() : local;
}

export function draftFromSettings(settings: PracticeSettings): SettingsDraft {
  return {
    openingHours: structuredClone(settings.openingHours),
    closures: settings.closures.map((c) => ({ from: localFromIso(c.from), to: localFromIso(c.to), reason: c.reason })),
    requestTypes: { medical: settings.onlineRequests.medical.enabled, admin: settings.onlineRequests.admin.enabled },
    journeys: { ...settings.journeys },
    replyWithinWorkingDays: String(settings.replyWithinWorkingDays),
    allowedOrigins: settings.embed.allowedOrigins.join('\n'),
  };
}

/** The draft over the saved settings (the fields this page does not edit stay as they are). */
export function settingsFromDraft(draft: SettingsDraft, saved: PracticeSettings): unknown {
  const days = draft.replyWithinWorkingDays.trim();
  return {
    ...saved,
    openingHours: draft.openingHours,
    closures: draft.closures.map((c) => ({ from: isoFromLocal(c.from), to: isoFromLocal(c.to), reason: c.reason })),
    onlineRequests: {
      medical: { ...saved.onlineRequests.medical, enabled: draft.requestTypes.medical },
      admin: { ...saved.onlineRequests.admin, enabled: draft.requestTypes.admin },
    },
    journeys: draft.journeys,
    replyWithinWorkingDays: /^\d+$/.test(days) ? Number(days) : days,
    embed: {
      ...saved.embed,
      allowedOrigins: draft.allowedOrigins
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    },
  };
}
