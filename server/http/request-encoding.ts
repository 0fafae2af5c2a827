import { createGunzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { outcome } from '../rules/outcome';
import { send } from './reply';

/**
 * Request bodies may come gzipped (`Content-Encoding: gzip`): the app compresses a
 * request before sending it, because a patient's upload is the costliest part of a
 * request on a weak signal (a FHIR transaction shrinks about 4 times). Fastify counts
 * the unzipped bytes against the body limit, so a small body that unzips to gigabytes
 * is a 413 like any other; a body that is not gzip is a 400; other encodings are a 415.
 */
export function acceptGzipBodies(app: FastifyInstance) {
  // RFC 7694: every answer tells the app it may send gzipped bodies (it never assumes it,
  // since a FHIR server elsewhere may not read them).
  app.addHook('onSend', async (request, reply) => {
    reply.header('Accept-Encoding', 'gzip');
  });
  app.addHook('preParsing', async (request, reply, payload) => {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (!encoding || encoding === 'identity') return payload;
    if (encoding !== 'gzip' && encoding !== 'x-gzip') {
      await send(reply, { status: 415, body: outcome('not-supported', 'The request was compressed in a way this server does not read. Send it as gzip or uncompressed.') });
      return payload;
    }
    const unzipped = createGunzip() as ReturnType<typeof createGunzip> & { receivedEncodedLength: number };
    // Fastify checks Content-Length against the bytes that arrived, not the unzipped ones.
    unzipped.receivedEncodedLength = 0;
    payload.on('data', (chunk: Buffer) => (unzipped.receivedEncodedLength += chunk.length));
    // Fastify's body parser listens for a bad gzip stream (a 400) when it reads the body;
    // a route that reads no body must not see it as an uncaught error.
    unzipped.on('error', () => {});
    return payload.pipe(unzipped);
  });
}
