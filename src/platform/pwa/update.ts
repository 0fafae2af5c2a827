import { hasUnsavedAnswers, onUnsavedAnswersChange } from './unsaved-answers';
import { isLiteMode, onDeviceSettingsChange } from '../device/device-settings';
import { keepFilesLoadedBeforeLiteWorker } from './lite-keep-opened';

/**
 * App updates in prompt mode. The decision is pure so it can be tested: an update is
 * applied only when the patient asked for it and no page holds unsent answers.
 */
export type UpdateState = 'none' | 'ready' | 'waiting-for-answers' | 'applying';

export function nextUpdateState(input: { available: boolean; accepted: boolean; unsavedAnswers: boolean }): UpdateState {
  if (!input.available) return 'none';
  if (!input.accepted) return 'ready';
  return input.unsavedAnswers ? 'waiting-for-answers' : 'applying';
}

type Listener = (state: UpdateState) => void;

let waiting: ServiceWorker | null = null;
let accepted = false;
const listeners = new Set<Listener>();

function currentState() {
  return nextUpdateState({ available: waiting !== null, accepted, unsavedAnswers: hasUnsavedAnswers() });
}

function publish() {
  const state = currentState();
  for (const listener of listeners) listener(state);
  if (state === 'applying' && waiting) {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    // The generated worker listens for this message and calls skipWaiting().
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}

onUnsavedAnswersChange(publish);

export function onUpdateState(listener: Listener): () => void {
  listeners.add(listener);
  listener(currentState());
  return () => listeners.delete(listener);
}

export function acceptUpdate() {
  accepted = true;
  publish();
}

const HOUR = 60 * 60 * 1000;

/**
 * The full worker keeps the whole app for offline use; in lite mode a small one keeps
 * only what the patient opens (public/sw-lite.js), so nothing is downloaded ahead.
 */
function workerScript(): string {
  return isLiteMode() ? '/sw-lite.js' : '/sw.js';
}

/** Lite mode only: roughly how many bytes the app did not download ahead; null if unknown. */
export async function dataSavedByLiteMode(): Promise<number | null> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker || !worker.scriptURL.endsWith('/sw-lite.js')) return null;
  const channel = new MessageChannel();
  const answer = new Promise<number | null>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<{ bytes: number | null }>) => resolve(event.data.bytes);
  });
  worker.postMessage({ type: 'DATA_SAVED' }, [channel.port2]);
  return answer;
}

/**
 * Registers the service worker (workbox-window would do this for 2 KB more). The first
 * install takes over at once; later versions wait for the patient's yes.
 */
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  keepFilesLoadedBeforeLiteWorker();
  // Turning lite mode on or off swaps the worker; that is not an update to ask about.
  // Listened for before the first registration settles: a patient who turns lite mode on
  // while it is still under way gets the lite worker (the browser runs registrations in order).
  let mode = workerScript();
  onDeviceSettingsChange(() => {
    if (workerScript() === mode) return;
    mode = workerScript();
    void navigator.serviceWorker.register(mode, { scope: '/' }).catch(() => undefined);
  });
  const registration = await navigator.serviceWorker.register(mode, { scope: '/' });

  const offer = (worker: ServiceWorker | null) => {
    if (!worker || !navigator.serviceWorker.controller) return; // first install: nothing to replace
    if (!worker.scriptURL.endsWith(new URL(navigator.serviceWorker.controller.scriptURL).pathname)) {
      worker.postMessage({ type: 'SKIP_WAITING' });
      return;
    }
    waiting = worker;
    publish();
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  setInterval(() => void registration.update().catch(() => undefined), HOUR);
}
