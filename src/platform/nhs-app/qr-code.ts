// qrcode-generator (MIT, no dependencies, about 5 KiB gzip minified, maintained since
// 2009, TypeScript types included) makes the QR matrix on the device, so no link is
// ever sent to a QR service. We draw the SVG ourselves from the matrix: no HTML strings.
import qrcode from 'qrcode-generator';

/** The QR matrix for a text: true is a dark module. Medium error correction survives a scuffed poster. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** A QR quiet zone is four modules wide: scanners need it. */
export const QUIET_ZONE = 4;

/** One SVG path for the dark modules (runs along each row merged), and the viewBox size. */
export function qrSvgPath(matrix: boolean[][], quiet = QUIET_ZONE): { size: number; d: string } {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: matrix.length + quiet * 2, d: parts.join('') };
}
