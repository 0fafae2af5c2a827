import { isSharedDevice } from '../device/device-settings';
import { installOfferChanged, keptInstallOffer, takeInstallOffer } from './install-offer-kept';

export { onInstallOfferChange } from './install-offer-kept';

/**
 * The browser's offer to install Front Door, kept (not shown over the page the patient is
 * on) until the practice home offers it, and what this device remembers about it: when
 * Front Door was first opened here, and when the offer was hidden. Storage may be blocked;
 * then the offer is simply not made.
 */
const MEMORY_KEY = 'front-door:install-offer';

interface InstallMemory {
  firstSeenAt?: number;
  dismissedAt?: number;
}

export function readInstallMemory(): InstallMemory {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(MEMORY_KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as InstallMemory) : {};
  } catch {
    return {};
  }
}

function writeInstallMemory(memory: InstallMemory) {
  try {
    localStorage.setItem(MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // storage blocked: the offer is not made
  }
}

/** Called once after paint: remembers when Front Door was first opened on this device. */
export function rememberFirstVisit(now: number) {
  // On a shared device nothing is remembered, so the offer is never made there.
  if (!isSharedDevice() && readInstallMemory().firstSeenAt === undefined) writeInstallMemory({ ...readInstallMemory(), firstSeenAt: now });
}

export const browserOfferedInstall = () => keptInstallOffer() !== null;

export function isInstalled(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** Shows the browser's own install dialog; true when the patient said yes. */
export async function askToInstall(): Promise<boolean> {
  const offer = takeInstallOffer();
  if (!offer) return false;
  await offer.prompt();
  const { outcome } = await offer.userChoice;
  installOfferChanged();
  return outcome === 'accepted';
}

export function rememberInstallOfferHidden(now: number) {
  writeInstallMemory({ ...readInstallMemory(), dismissedAt: now });
}
