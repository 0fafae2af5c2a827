import { clear, del, entries, set } from 'idb-keyval';
import { draftsStore } from './device-store';
import { isSharedDevice } from './device-settings';
import type { RequestDraft } from '../../domain/request/draft';

/** A draft not touched for 24 hours is deleted: a patient's words do not linger on a phone. */
export const DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const isExpired = (draft: RequestDraft, now: Date) => now.getTime() - Date.parse(draft.updatedAt) > DRAFT_MAX_AGE_MS;

/** Saves after every change, unless this is a shared device (then nothing is saved). */
export async function saveDraft(draft: RequestDraft): Promise<void> {
  const store = draftsStore();
  if (!store || isSharedDevice()) return;
  await set(draft.id, draft, store);
}

export async function deleteDraft(id: string): Promise<void> {
  const store = draftsStore();
  if (store) await del(id, store);
}

/** Drafts still fresh, newest first; expired ones are deleted on the way. */
export async function listDrafts(now: Date): Promise<RequestDraft[]> {
  const store = draftsStore();
  if (!store) return [];
  const all = (await entries<string, RequestDraft>(store)).map(([, draft]) => draft);
  const fresh: RequestDraft[] = [];
  for (const draft of all) {
    if (isExpired(draft, now)) await del(draft.id, store);
    else fresh.push(draft);
  }
  return fresh.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function latestDraft(ods: string, now: Date): Promise<RequestDraft | undefined> {
  return (await listDrafts(now)).find((d) => d.ods === ods && !d.submittedAt);
}

export async function clearDrafts(): Promise<void> {
  const store = draftsStore();
  if (store) await clear(store);
}
