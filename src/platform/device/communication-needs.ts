import { isSharedDevice } from './device-settings';
import { COMMUNICATION_NEEDS, LIMITS, type CommunicationNeed } from '../../domain/request/request-types';

export type { CommunicationNeed };

/** Help to talk to the practice (interpreter and language, BSL, relay, easy read, large print). */
export interface CommunicationNeeds {
  needs: CommunicationNeed[];
  /** The interpreter's language; empty unless an interpreter is needed. */
  language: string;
}

/**
 * Asked once, used everywhere: the answer to "Do you need help to talk to us?" is kept
 * on this device (never on a shared one) to fill in the next request, to put the ways
 * that suit the patient first on an outcome page, and to be seen or removed on /settings.
 * It lives in localStorage with the device's other choices, so "clear everything" removes it.
 */
const KEY = 'front-door:communication-needs';

/** Known needs only, in the order they are asked; "none" alone; the language only with an interpreter. */
export function cleanNeeds(value: unknown): CommunicationNeeds | null {
  if (!value || typeof value !== 'object') return null;
  const { needs, language } = value as { needs?: unknown; language?: unknown };
  if (!Array.isArray(needs)) return null;
  let known = COMMUNICATION_NEEDS.filter((need) => needs.includes(need));
  if (known.length > 1) known = known.filter((need) => need !== 'none');
  if (known.length === 0) return null;
  const spoken = known.includes('interpreter') && typeof language === 'string' ? language.slice(0, LIMITS.language) : '';
  return { needs: known, language: spoken };
}

export function savedCommunicationNeeds(): CommunicationNeeds | null {
  if (isSharedDevice()) return null;
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? cleanNeeds(JSON.parse(stored)) : null;
  } catch {
    return null; // storage blocked or not ours to read
  }
}

function changed() {
  window.dispatchEvent(new Event('front-door:device-settings'));
}

/** Saved as answered; nothing is saved on a shared device. No needs ticked: removed. */
export function saveCommunicationNeeds(answer: { needs: readonly string[]; language: string }) {
  if (isSharedDevice()) return;
  const needs = cleanNeeds(answer);
  if (!needs) return clearCommunicationNeeds();
  try {
    localStorage.setItem(KEY, JSON.stringify(needs));
  } catch {
    // storage full or blocked: the request itself still carries them
  }
  changed();
}

export function clearCommunicationNeeds() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // storage blocked: nothing was saved either
  }
  changed();
}
