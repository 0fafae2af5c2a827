/**
 * Which app store to offer first, from the browser's user agent. iPadOS 13+ says
 * "Macintosh" like a Mac, but a Mac has no touch screen.
 */
export type DeviceKind = 'ios' | 'android' | 'other-phone' | 'computer';

export function deviceKind(userAgent: string, maxTouchPoints = 0): DeviceKind {
  if (/iPhone|iPad|iPod/i.test(userAgent)) return 'ios';
  if (/Android/i.test(userAgent)) return 'android';
  if (/Macintosh/i.test(userAgent) && maxTouchPoints > 1) return 'ios';
  if (/Mobi|Tablet/i.test(userAgent)) return 'other-phone';
  return 'computer';
}

export type AppStore = 'appStore' | 'googlePlay';

/** The NHS App's pages in each store. */
export const STORE_URLS: Record<AppStore, string> = {
  appStore: 'https://apps.apple.com/gb/app/nhs-app/id1388411277',
  googlePlay: 'https://play.google.com/store/apps/details?id=com.nhs.online.nhsonline',
};

/** Both stores, the one this device uses first. */
export function storesInOrder(kind: DeviceKind): AppStore[] {
  return kind === 'android' ? ['googlePlay', 'appStore'] : ['appStore', 'googlePlay'];
}
