import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { outcome } from '../rules/outcome';
import { send } from './reply';

/** A NUL anywhere: PostgreSQL text and jsonb cannot hold it, and no real input has one. */
const hasNul = (text: string) => text.includes('\u0000');

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasNul(value);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => hasNul(key) || holdsNul(inner, depth + 1));
}

function decodedHasNul(url: string): boolean {
  try {
    return hasNul(decodeURIComponent(url));
  } catch {
    return false; // a malformed escape is each route's own 400
  }
}

/**
 * Refuses, as the client's mistake (400), input that would otherwise reach the database
 * and fail there as a 500: a NUL in the address or in a JSON body.
 */
export function guardInput(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (decodedHasNul(request.url)) return send(reply, { status: 400, body: outcome('invalid', 'The address has a character that is not allowed.') });
  });
  app.addHook('preValidation', async (request, reply) => {
    if (holdsNul(request.body)) return send(reply, { status: 400, body: outcome('invalid', 'The request has a character that is not allowed.') });
  });
}

/** A refused body is read (up to 64 MB, then the connection is given up) and dropped. */
export function drainBody(raw: IncomingMessage, most = 64 * 1024 * 1024): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  // A gzipped body was being unzipped (request-encoding.ts): stop feeding it, read on here.
  raw.unpipe();
  return new Promise((resolve) => {
    let read = 0;
    raw.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > most) {
        raw.destroy();
        resolve();
      }
    });
    raw.on('end', () => resolve());
    raw.on('error', () => resolve());
    raw.on('close', () => resolve());
    raw.resume();
  });
}
