import type * as FreeTextCheckModule from './free-text-check';

type FreeTextCheck = typeof FreeTextCheckModule;
/**
 * The free-text check carries the red-flag words (English always, beside the patient's
 * language) and the topic words: the biggest part of a request page's code. It loads
 * after the page has painted, while the patient reads and types, and is awaited when they
 * press Continue. A failed load is tried again on the next press.
 */
let loading: Promise<FreeTextCheck> | null = null;

export function loadFreeTextCheck() {
  loading ??= import('./free-text-check').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
