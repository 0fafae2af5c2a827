/**
 * When the "get the NHS App" nudge may show. Pure: the caller reads the device's
 * memory and passes it in (see nudge-memory.ts). The rules keep it from nagging:
 * - never inside the NHS App itself (its web view says so in the user agent);
 * - never when the patient has turned nudges off on this device;
 * - not again for DAYS_AFTER_DISMISSAL days after "hide this";
 * - never twice in one visit (this browser tab, for up to VISIT_HOURS).
 */
export const NUDGE_PLACEMENTS = ['practice-home', 'request-sent', 'booking'] as const;
export type NudgePlacement = (typeof NUDGE_PLACEMENTS)[number];

export const DAYS_AFTER_DISMISSAL = 30;
export const VISIT_HOURS = 8;

const DAY_MS = 24 * 60 * 60_000;
const HOUR_MS = 60 * 60_000;

/** What this device remembers for good (localStorage). */
export interface SavedNudgeChoices {
  /** When the patient last chose "hide this" (ms since 1970). */
  dismissedAt?: number;
  /** The patient turned NHS App nudges off (the switch lives on /settings). */
  off?: boolean;
}

/** What this visit remembers (sessionStorage): when a nudge was last shown. */
export interface VisitMemory {
  shownAt?: number;
}

export type NudgeVerdict = 'show' | 'in-nhs-app' | 'turned-off' | 'dismissed-recently' | 'shown-this-visit';

/** The NHS App's web view adds `nhsapp-ios/<version>` or `nhsapp-android/<version>`. */
export function isInsideNhsApp(userAgent: string): boolean {
  return /nhsapp-(ios|android)/i.test(userAgent);
}

export function nudgeVerdict({
  now,
  userAgent,
  saved,
  visit,
}: {
  now: number;
  userAgent: string;
  saved: SavedNudgeChoices;
  visit: VisitMemory;
}): NudgeVerdict {
  if (isInsideNhsApp(userAgent)) return 'in-nhs-app';
  if (saved.off) return 'turned-off';
  // A dismissal "in the future" (a clock put back) still counts as recent.
  if (saved.dismissedAt !== undefined && now - saved.dismissedAt < DAYS_AFTER_DISMISSAL * DAY_MS) {
    return 'dismissed-recently';
  }
  if (visit.shownAt !== undefined && Math.abs(now - visit.shownAt) < VISIT_HOURS * HOUR_MS) return 'shown-this-visit';
  return 'show';
}
