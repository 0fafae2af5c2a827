/**
 * What a file really is, from its first bytes (its "magic number"), never from its name
 * or the type the browser guesses from the name: a PDF renamed "rash.jpg" is a PDF.
 */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/heic' | 'application/pdf';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.slice(8, 12));
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  }
  if (startsWith(bytes, ascii('%PDF'))) return 'application/pdf';
  return null;
}

/** Photos we can open and re-encode on the device. HEIC needs converting first (iPhones can share as JPEG). */
export const READABLE_PHOTO_TYPES: readonly SniffedType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

export type PhotoTypeCheck = { ok: true; type: SniffedType } | { ok: false; error: 'notAPhoto' | 'heic' };

export function checkPhotoType(bytes: Uint8Array): PhotoTypeCheck {
  const type = sniffFileType(bytes);
  if (type === 'image/heic') return { ok: false, error: 'heic' };
  if (!type || !READABLE_PHOTO_TYPES.includes(type)) return { ok: false, error: 'notAPhoto' };
  return { ok: true, type };
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
