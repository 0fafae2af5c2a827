import { clearStore, deleteOne, DRAFTS, putNow, readAll, readOne } from './device-db';
import { isSharedDevice } from './device-settings';
import type { RequestDraft } from '../../domain/request/draft';

/** A draft not touched for 24 hours is deleted: a patient's words do not linger on a phone. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const isExpired = (draft: RequestDraft, now: Date) => now.getTime() - Date.parse(draft.updatedAt) > DRAFT_MAX_AGE_MS;

/** The draft of the latest change, until its write has committed: written again if the page goes first. */
let unsaved: RequestDraft | null = null;

/**
 * Saves after every change (each input event), unless this is a shared device (then
 * nothing is saved). The write starts at once; `flushDraftOnLeave` writes the last one
 * again when the page is hidden or closed before it committed.
 */
export function saveDraft(draft: RequestDraft): Promise<void> {
  if (isSharedDevice()) return Promise.resolve();
  unsaved = draft;
  return putNow(DRAFTS, draft).then(() => {
    if (unsaved === draft) unsaved = null;
  });
}

let listening = false;

/** Once per page: the last change is written again as the page is hidden, frozen or closed. */
export function flushDraftOnLeave() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const flush = () => {
    if (unsaved && !isSharedDevice()) void putNow(DRAFTS, unsaved).catch(() => undefined);
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

/** Send has taken this draft: its last keystrokes must not be written back over the submitted copy. */
export function draftTaken(id: string) {
  if (unsaved?.id === id) unsaved = null;
}

export async function deleteDraft(id: string): Promise<void> {
  await deleteOne(DRAFTS, id);
}

export function savedDraft(id: string): Promise<RequestDraft | undefined> {
  return readOne<RequestDraft>(DRAFTS, id);
}

/** Drafts still fresh, newest first; expired ones are deleted on the way. */
export async function listDrafts(now: Date): Promise<RequestDraft[]> {
  const all = await readAll<RequestDraft>(DRAFTS).catch(() => []);
  const fresh: RequestDraft[] = [];
  for (const draft of all) {
    if (isExpired(draft, now)) await deleteDraft(draft.id);
    else fresh.push(draft);
  }
  return fresh.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function latestDraft(ods: string, now: Date): Promise<RequestDraft | undefined> {
  return (await listDrafts(now)).find((d) => d.ods === ods && !d.submittedAt);
}

export async function clearDrafts(): Promise<void> {
  unsaved = null;
  await clearStore(DRAFTS);
}
