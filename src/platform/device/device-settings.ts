/**
 * Choices about this device, kept in localStorage (they hold nothing about a person).
 * "Shared device": nothing the patient types is saved. "Lite mode": fewer bytes, photos off
 * unless asked for; on by itself when the browser asks to save data.
 */
const SHARED = 'front-door:shared-device';
const LITE = 'front-door:lite-mode';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: boolean) {
  try {
    localStorage.setItem(key, value ? 'on' : 'off');
  } catch {
    // storage blocked: the choice lasts for this visit
  }
  window.dispatchEvent(new Event('front-door:device-settings'));
}

export function isSharedDevice(): boolean {
  return read(SHARED) === 'on';
}

export function setSharedDevice(on: boolean) {
  write(SHARED, on);
}

export function isLiteMode(): boolean {
  const chosen = read(LITE);
  if (chosen) return chosen === 'on';
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

export function setLiteMode(on: boolean) {
  write(LITE, on);
}

export function onDeviceSettingsChange(listener: () => void): () => void {
  window.addEventListener('front-door:device-settings', listener);
  return () => window.removeEventListener('front-door:device-settings', listener);
}
