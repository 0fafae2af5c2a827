import { describe, expect, it } from 'vitest';
import { deviceKind, storesInOrder } from '../../../src/domain/nhs-app/device';

describe('which store first', () => {
  it('offers the App Store first on an iPhone or iPad, Google Play first on Android', () => {
    expect(deviceKind('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148')).toBe('ios');
    expect(deviceKind('Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X)')).toBe('ios');
    // iPadOS asks for desktop sites and says "Macintosh", but has a touch screen.
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 5)).toBe('ios');
    expect(deviceKind('Mozilla/5.0 (Linux; Android 14; Pixel 7) Mobile Safari/537.36')).toBe('android');
    expect(storesInOrder('ios')).toEqual(['appStore', 'googlePlay']);
    expect(storesInOrder('android')).toEqual(['googlePlay', 'appStore']);
  });

  it('calls a desktop browser a computer (which gets the QR code)', () => {
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 0)).toBe('computer');
    expect(deviceKind('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36')).toBe('computer');
    expect(deviceKind('Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36')).toBe('computer');
  });
});
