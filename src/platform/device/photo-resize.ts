import type { RequestPhoto } from '../../domain/request/draft';
import { bytesToBase64, checkPhotoType } from '../../domain/request/photo-type';
import { LIMITS } from '../../domain/request/request-types';

/** Bigger than any phone camera's photo; refused before we try to open it. */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

export type PhotoProblem = 'notAPhoto' | 'heic' | 'tooBig' | 'unreadable' | 'cannotShrink';

const QUALITIES = [0.85, 0.75, 0.65, 0.55, 0.45];

function canvasToJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/**
 * Checks a chosen file by its bytes, then draws it onto a canvas no longer than 1600 px
 * on its long edge and re-encodes it as JPEG until it is 500 KB or less. Drawing and
 * re-encoding keeps only pixels: camera details and location (EXIF) are gone.
 */
export async function preparePhoto(file: Blob, id: string): Promise<{ ok: true; photo: RequestPhoto } | { ok: false; problem: PhotoProblem }> {
  const head = new Uint8Array(await file.slice(0, 32).arrayBuffer());
  const type = checkPhotoType(head);
  if (!type.ok) return { ok: false, problem: type.error };
  if (file.size > MAX_INPUT_BYTES) return { ok: false, problem: 'tooBig' };

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    let longEdge = Math.min(LIMITS.photoLongEdge, Math.max(bitmap.width, bitmap.height));
    for (let round = 0; round < 4; round++) {
      const scale = longEdge / Math.max(bitmap.width, bitmap.height);
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const context = canvas.getContext('2d');
      if (!context) return { ok: false, problem: 'unreadable' };
      context.fillStyle = '#fff'; // transparent PNGs get a white background, not black
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      for (const quality of QUALITIES) {
        const blob = await canvasToJpeg(canvas, quality);
        if (blob && blob.size <= LIMITS.photoBytes) {
          const bytes = new Uint8Array(await blob.arrayBuffer());
          return {
            ok: true,
            photo: { id, contentType: 'image/jpeg', data: bytesToBase64(bytes), bytes: bytes.length, width: canvas.width, height: canvas.height },
          };
        }
      }
      longEdge = Math.round(longEdge * 0.7);
    }
    return { ok: false, problem: 'cannotShrink' };
  } finally {
    bitmap.close();
  }
}
