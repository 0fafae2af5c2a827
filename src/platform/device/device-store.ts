import { createStore, type UseStore } from 'idb-keyval';

/** IndexedDB stores for what a patient has typed. Each is its own small database. */
let drafts: UseStore | undefined;
let outbox: UseStore | undefined;

export function draftsStore(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return (drafts ??= createStore('front-door-drafts', 'drafts'));
}

export function outboxStore(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return (outbox ??= createStore('front-door-outbox', 'requests'));
}
