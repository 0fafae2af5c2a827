/**
 * Holds the browser's install offer (Chromium's beforeinstallprompt) from the first moment
 * of start-up. The rest of the install code loads after paint; on a slow connection the
 * browser may offer before it arrives, and an offer not held back shows the browser's own
 * bar over whatever form the patient is on. Kept tiny: it is part of the landing page.
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let kept: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

/** Called once, first thing at start-up (not when framed: the app does not install there). */
export function holdInstallOffer() {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    kept = event as InstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    kept = null;
    changed();
  });
}

export const keptInstallOffer = () => kept;

/** Hands the offer over once (a browser's prompt() works only once). */
export function takeInstallOffer(): InstallPromptEvent | null {
  const offer = kept;
  kept = null;
  return offer;
}

export function onInstallOfferChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const installOfferChanged = changed;
