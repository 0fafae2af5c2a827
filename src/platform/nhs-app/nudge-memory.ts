import type { SavedNudgeChoices, VisitMemory } from '../../domain/nhs-app/nudge-rules';

/**
 * Where the nudge's choices live on this device. Nothing here identifies anyone: a
 * date and a yes/no. Storage can be blocked (private modes, a shared device); then
 * the nudge behaves as on a new device and the choice lasts for this page only.
 */
const SAVED_KEY = 'front-door:nhs-app-nudge';
const VISIT_KEY = 'front-door:nhs-app-nudge-visit';

function read<T extends object>(storage: () => Storage, key: string): T {
  try {
    const value: unknown = JSON.parse(storage().getItem(key) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as T) : ({} as T);
  } catch {
    return {} as T;
  }
}

function write(storage: () => Storage, key: string, value: object) {
  try {
    storage().setItem(key, JSON.stringify(value));
  } catch {
    // storage blocked or full: nothing to do
  }
}

const local = () => localStorage;
const session = () => sessionStorage;

export const readSavedNudgeChoices = () => read<SavedNudgeChoices>(local, SAVED_KEY);
export const readVisitMemory = () => read<VisitMemory>(session, VISIT_KEY);

export function rememberNudgeShown(now: number) {
  write(session, VISIT_KEY, { shownAt: now } satisfies VisitMemory);
}

export function rememberNudgeDismissed(now: number) {
  write(local, SAVED_KEY, { ...readSavedNudgeChoices(), dismissedAt: now });
}

/** For /settings: whether NHS App nudges may show on this device (on unless turned off). */
export function nhsAppNudgesOn(): boolean {
  return !readSavedNudgeChoices().off;
}

/** For /settings: turn NHS App nudges on or off on this device. */
export function setNhsAppNudgesOn(on: boolean) {
  const { off: _off, ...rest } = readSavedNudgeChoices();
  write(local, SAVED_KEY, on ? rest : { ...rest, off: true });
}
