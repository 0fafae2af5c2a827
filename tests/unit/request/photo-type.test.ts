import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, checkPhotoType, sniffFileType } from '../../../src/domain/request/photo-type';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('photo type, from the bytes and never the name', () => {
  it('recognises JPEG, PNG, WebP and GIF', () => {
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('image/jpeg');
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(bytes('GIF89a'))).toBe('image/gif');
  });
  it('a PDF renamed .jpg is still a PDF, and is refused', () => {
    const pdf = bytes('%PDF-1.7\n');
    expect(sniffFileType(pdf)).toBe('application/pdf');
    expect(checkPhotoType(pdf)).toEqual({ ok: false, error: 'notAPhoto' });
  });
  it('says HEIC needs converting, and refuses text and empty files', () => {
    expect(checkPhotoType(bytes(0, 0, 0, 0x18, 'ftypheic'))).toEqual({ ok: false, error: 'heic' });
    expect(checkPhotoType(bytes('<img src=x onerror=alert(1)>'))).toEqual({ ok: false, error: 'notAPhoto' });
    expect(checkPhotoType(new Uint8Array())).toEqual({ ok: false, error: 'notAPhoto' });
    expect(checkPhotoType(bytes(0xff, 0xd8))).toEqual({ ok: false, error: 'notAPhoto' });
  });
  it('base64 round-trips any bytes', () => {
    const all = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all);
  });
});
