import { useEffect, useSyncExternalStore } from 'react';
import { emptyDraft, type RequestDraft } from '../../../domain/request/draft';
import { flushDraftOnLeave, latestDraft, saveDraft, savedDraft } from '../../../platform/device/drafts';

/**
 * The request being filled in, shared by every page of the journey. Each change (each
 * input event) is saved to IndexedDB at once, and the last one again as the page is
 * hidden or closed (drafts.ts skips both on a shared device), so a reload, a crash or a
 * closed tab loses nothing.
 */
interface State {
  ods: string;
  draft: RequestDraft | null;
  /** A saved draft found on arrival, offered on the start page. */
  resumed: boolean;
}

let state: State = { ods: '', draft: null, resumed: false };
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setState(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function load(ods: string) {
  if (loading && state.ods === ods) return loading;
  state = { ods, draft: null, resumed: false };
  loading = latestDraft(ods, new Date())
    .catch(() => undefined)
    .then((saved) => {
      if (state.ods !== ods) return;
      setState({ ods, draft: saved ?? emptyDraft(crypto.randomUUID(), ods, new Date()), resumed: Boolean(saved) });
    });
  return loading;
}

/**
 * Starts reading this practice's saved draft now: the first page of a visit reads it
 * beside its code and words (request-routes.tsx), so it draws once, with the draft,
 * rather than as a loading page first.
 */
export function preloadDraft(ods: string): Promise<void> {
  return load(ods);
}

export function useDraft(ods: string) {
  const snapshot = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    flushDraftOnLeave();
    if (state.ods !== ods || (!state.draft && !loading)) void load(ods);
  }, [ods]);
  return snapshot.ods === ods ? snapshot : { ods, draft: null, resumed: false };
}

export function updateDraft(change: (draft: RequestDraft) => RequestDraft) {
  if (!state.draft) return;
  const draft = { ...change(state.draft), updatedAt: new Date().toISOString() };
  setState({ ...state, draft });
  void saveDraft(draft).catch(() => undefined); // storage full or blocked: the page still has it
}

/** Start again: a new client id, nothing carried over. */
export function startNewDraft(ods: string) {
  setState({ ods, draft: emptyDraft(crypto.randomUUID(), ods, new Date()), resumed: false });
}

/** After sending, the page forgets the answers; the next visit starts afresh. */
export function forgetDraft() {
  loading = null;
  setState({ ods: '', draft: null, resumed: false });
}

/** Reopens a saved draft (e.g. to fix what the practice refused). */
export async function reopenDraft(id: string): Promise<boolean> {
  const saved = await savedDraft(id).catch(() => undefined);
  if (!saved) return state.draft?.id === id;
  const { submittedAt: _submitted, ...draft } = saved;
  loading = Promise.resolve();
  setState({ ods: saved.ods, draft, resumed: false });
  return true;
}

/** The draft as it is right now (after an update in the same event handler). */
export function currentDraft(): RequestDraft | null {
  return state.draft;
}
