import { takesOnlineRequestsNow } from '../domain/availability/opening-hours';
import type { PracticeSettings } from '../domain/practice/practice-settings';
import { href } from './routes';

/**
 * The journeys a practice home links to. A journey is listed here only once it exists;
 * the practice's settings decide whether it shows for that practice.
 */
export interface PracticeJourney {
  /** Its words are `journeys.<id>.title` and `.description` in the `practice` catalogue. */
  id: 'request' | 'appointments' | 'referral' | 'nhsApp';
  href: (ods: string) => string;
  isOn: (settings: PracticeSettings, now: Date) => boolean;
}

export const PRACTICE_JOURNEYS: PracticeJourney[] = [
  // Switched off without a recorded reason, requests still open in core hours (the GP contract).
  { id: 'request', href: (ods) => `/${ods}/request`, isOn: (settings, now) => settings.journeys.requests || takesOnlineRequestsNow(settings, now) },
  { id: 'appointments', href: (ods) => href.appointments(ods), isOn: (settings) => settings.journeys.appointments },
  { id: 'referral', href: () => href.referral(), isOn: () => true },
  { id: 'nhsApp', href: href.nhsApp, isOn: (settings) => settings.journeys.nhsApp },
];
