import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvgPath, QUIET_ZONE } from '../../../src/platform/nhs-app/qr-code';
import { registrationLink } from '../../../src/domain/nhs-app/registration-link';

const SCALE = 4;

/**
 * Draws the SVG path's rectangles (as the browser would paint them) onto an RGBA
 * bitmap, so the decoder reads what a phone camera would see, not the matrix itself.
 */
function rasterise(d: string, size: number) {
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * SCALE; row < (Number(y) + 1) * SCALE; row++) {
      for (let col = Number(x) * SCALE; col < (Number(x) + Number(w)) * SCALE; col++) {
        const i = (row * width + col) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return { pixels, width };
}

function decode(text: string) {
  const { d, size } = qrSvgPath(qrMatrix(text));
  const { pixels, width } = rasterise(d, size);
  return jsQR(pixels, width, width)?.data;
}

describe('QR codes made on the device', () => {
  it('decode back to the exact registration link', () => {
    const link = registrationLink('https://frontdoor.example', 'Y99001', 'poster', 'flu-2026');
    expect(decode(link)).toBe(link);
  });

  it('decode back exactly for a long link and a bare one', () => {
    for (const link of [
      registrationLink('http://127.0.0.1:4193', 'Y99004', 'reception', 'a'.repeat(30)),
      'https://frontdoor.example/Y99001/nhs-app',
    ]) {
      expect(decode(link)).toBe(link);
    }
  });

  it('keep a four-module quiet zone around the code', () => {
    const matrix = qrMatrix('https://frontdoor.example/Y99001/nhs-app');
    const { size, d } = qrSvgPath(matrix);
    expect(size).toBe(matrix.length + 2 * QUIET_ZONE);
    const xs = [...d.matchAll(/M(\d+) (\d+)/g)].flatMap(([, x, y]) => [Number(x), Number(y)]);
    expect(Math.min(...xs)).toBe(QUIET_ZONE);
  });
});
