import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assetHeaders, HSTS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface Cached {
  raw: Buffer;
  /** Weak: the same for every encoding of these bytes. */
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** Over TLS here, or at the HTTPS proxy in front of this server (it sets X-Forwarded-Proto). */
export const overHttps = (req: IncomingMessage) =>
  Boolean((req.socket as { encrypted?: boolean }).encrypted) || req.headers['x-forwarded-proto'] === 'https';

/** The service workers: like documents, they run under the CSP they are served with. */
const WORKERS = new Set(['/sw.js', '/sw-lite.js']);
/** Content-hashed names never change: the build's assets and Workbox's runtime (workbox-<hash>.js). */
const isHashed = (path: string) => path.startsWith('/assets/') || /^\/workbox-[0-9a-f]{8}\.js$/.test(path);

/**
 * Serves the built app from `root`, compressed, with a fallback to index.html for app URLs.
 * `headers` are the document headers (CSP, Permissions-Policy...): only documents and
 * service workers get them; every other file gets the few that apply to it, which keeps
 * each asset's headers small for patients on HTTP/1.1. Unhashed files carry an ETag, so a
 * return visit's update check of sw.js, index.html or the manifest is a 304.
 */
export function createStaticFiles(root: string) {
  const cache = new Map<string, Cached>();

  async function load(file: string): Promise<Cached | null> {
    const hit = cache.get(file);
    if (hit) return hit;
    try {
      if (!(await stat(file)).isFile()) return null;
    } catch {
      return null;
    }
    const raw = await readFile(file);
    const entry: Cached = { raw, etag: `W/"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"` };
    if (COMPRESSIBLE.has(extname(file)) && raw.length > 512) {
      entry.br = brotliCompressSync(raw);
      entry.gzip = gzipSync(raw, { level: 9 });
    }
    cache.set(file, entry);
    return entry;
  }

  return async function serve(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>) {
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      path = '\u0000'; // malformed %-escapes: refused below
    }
    const safe = normalize(join(root, path));
    // Build details such as /.vite/manifest.json are not for the public.
    const hidden = path.split('/').some((part) => part.startsWith('.')) || path.includes('\u0000');
    if (!safe.startsWith(root + sep) && safe !== root) {
      res.statusCode = 400;
      res.end();
      return;
    }
    let file = safe;
    let entry = path.endsWith('/') || hidden ? null : await load(file);
    const isAppUrl = !entry && !extname(path) && !hidden;
    if (isAppUrl) {
      file = join(root, 'index.html');
      entry = await load(file);
    }
    if (!entry) {
      res.writeHead(404, { ...assetHeaders(path), 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    const hashed = isHashed(path);
    const caching = {
      ...(extname(file) === '.html' || WORKERS.has(path) ? { ...headers, ...(overHttps(req) ? HSTS : {}) } : assetHeaders(path)),
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(hashed ? {} : { ETag: entry.etag }),
    };
    const known = String(req.headers['if-none-match'] ?? '');
    if (!hashed && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag.slice(2))) {
      res.writeHead(304, caching);
      res.end();
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = entry.br && accept.includes('br') ? 'br' : entry.gzip && accept.includes('gzip') ? 'gzip' : null;
    const body = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.raw;
    res.writeHead(200, {
      ...caching,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
