import type { PracticeSettings } from './schemas/practice-settings';

/**
 * The journeys a practice home links to. A journey is listed here only once it exists;
 * the practice's settings decide whether it shows for that practice.
 */
export interface PracticeJourney {
  /** Its words are `journeys.<id>.title` and `.description` in the `practice` catalogue. */
  id: 'request' | 'appointments' | 'referral' | 'nhsApp';
  href: (ods: string) => string;
  isOn: (settings: PracticeSettings) => boolean;
}

export const PRACTICE_JOURNEYS: PracticeJourney[] = [];
