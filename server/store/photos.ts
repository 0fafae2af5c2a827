import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where request photos are kept: behind this small interface, so a deployment with
 * several servers puts them in object storage (S3, Azure Blob) and the database keeps
 * only where each is (`Binary/<key>`). The default is a folder.
 */
export interface PhotoStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[0-9a-f-]{36}-\d{1,2}$/;

function checked(key: string): string {
  // Keys are made by the rules from the client id; anything else never reaches the disk.
  if (!SAFE_KEY.test(key)) throw new Error('not a photo key');
  return key;
}

export function folderPhotoStore(folder: string): PhotoStore {
  const path = (key: string) => join(folder, `${checked(key)}.jpg`);
  return {
    async put(key, bytes) {
      await mkdir(folder, { recursive: true });
      await writeFile(path(key), bytes);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(path(key)));
      } catch {
        return undefined;
      }
    },
    async delete(key) {
      await rm(path(key), { force: true });
    },
  };
}

/** For tests: nothing touches the disk. */
export function memoryPhotoStore(): PhotoStore {
  const photos = new Map<string, Uint8Array>();
  return {
    put: async (key, bytes) => void photos.set(checked(key), bytes),
    get: async (key) => photos.get(key),
    delete: async (key) => void photos.delete(key),
  };
}
