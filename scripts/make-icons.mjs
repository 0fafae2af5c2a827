// Draws the app icons (a white door on NHS blue) as PNGs with no image library.
// Run once with `node scripts/make-icons.mjs`; the PNGs are committed in public/icons.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLUE = [0, 94, 184];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** `scale` shrinks the door towards the centre (maskable icons keep a safe zone). */
function drawIcon(size, scale) {
  const rows = [];
  const c = size / 2;
  const w = size * 0.36 * scale;
  const h = size * 0.56 * scale;
  const left = c - w / 2, right = c + w / 2, top = c - h / 2, bottom = c + h / 2;
  const inset = size * 0.05 * scale;
  const knob = { x: right - inset * 1.6, y: c + size * 0.03 * scale, r: size * 0.025 * scale };
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      const inFrame = x >= left && x < right && y >= top && y < bottom;
      const inPanel = x >= left + inset && x < right - inset && y >= top + inset && y < bottom;
      const inKnob = (x - knob.x) ** 2 + (y - knob.y) ** 2 <= knob.r ** 2;
      const colour = inKnob ? WHITE : inPanel ? BLUE : inFrame ? WHITE : BLUE;
      row.push(...colour);
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', drawIcon(192, 1));
writeFileSync('public/icons/icon-512.png', drawIcon(512, 1));
writeFileSync('public/icons/icon-maskable-512.png', drawIcon(512, 0.7));
writeFileSync('public/icons/apple-touch-icon.png', drawIcon(180, 0.85));
writeFileSync('public/favicon.ico', drawIcon(32, 1)); // browsers accept a PNG served as favicon.ico
