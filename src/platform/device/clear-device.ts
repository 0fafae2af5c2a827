import { queryPersister } from '../query/saved-cache';
import { clearDrafts } from './drafts';
import { clearOutbox } from './outbox';

/**
 * "Clear everything from this device": drafts, the outbox (waiting and sent), the saved
 * practice details and every choice in localStorage. Works offline: it only touches the
 * device. The app's own files stay cached so it still opens offline; they hold no one's data.
 */
export async function clearEverything(): Promise<void> {
  await Promise.all([clearDrafts(), clearOutbox(), queryPersister.removeClient()]);
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // storage blocked: nothing was stored there either
  }
  window.dispatchEvent(new Event('front-door:device-settings'));
}
