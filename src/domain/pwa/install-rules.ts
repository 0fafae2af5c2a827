/**
 * When Front Door offers to be added to the home screen. Browsers show their own install
 * bar over whatever page is open, a form included; the app keeps that offer and makes it
 * itself, on the practice home, to someone who has come back (so it is likely useful).
 */
export const DAYS_AFTER_DISMISSAL = 90;
/** A visit this long after the first one counts as coming back. */
export const RETURN_AFTER_HOURS = 8;

export type InstallOffer = 'prompt' | 'ios-steps' | 'none';

export interface InstallFacts {
  now: number;
  userAgent: string;
  /** The browser has offered to install (Chromium's beforeinstallprompt, kept). */
  browserOffered: boolean;
  /** Already running installed (display-mode standalone, or iOS's navigator.standalone). */
  installed: boolean;
  embedded: boolean;
  sharedDevice: boolean;
  firstSeenAt?: number;
  dismissedAt?: number;
}

/** Safari on an iPhone or iPad has no install prompt: the patient adds it from Share. */
export function isIosSafari(userAgent: string): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) && /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|nhsapp-/i.test(userAgent);
}

export function installOffer(facts: InstallFacts): InstallOffer {
  const hour = 60 * 60 * 1000;
  // Inside the NHS App, in a practice's frame, or on a device others use: never.
  if (facts.installed || facts.embedded || facts.sharedDevice || /nhsapp-(ios|android)/i.test(facts.userAgent)) return 'none';
  if (facts.firstSeenAt === undefined || facts.now - facts.firstSeenAt < RETURN_AFTER_HOURS * hour) return 'none';
  if (facts.dismissedAt !== undefined && facts.now - facts.dismissedAt < DAYS_AFTER_DISMISSAL * 24 * hour) return 'none';
  if (facts.browserOffered) return 'prompt';
  return isIosSafari(facts.userAgent) ? 'ios-steps' : 'none';
}
