import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

/** Below this, gzip's own header and the Vary header cost about what they save. */
const WORTH_COMPRESSING = 1024;

const acceptsGzip = (header: string | undefined) =>
  (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    return (name === 'gzip' || name === '*') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });

/**
 * API answers of a kilobyte or more go gzipped to a browser that takes gzip: a request's
 * answer (the stored transaction, about 5 KB) is the largest thing a patient downloads
 * on a return visit. BREACH needs a secret repeated in answers an attacker can make the
 * browser ask for with words of their choosing; the only secret in an answer body is a
 * request's status key, made afresh for each request, and cross-site pages cannot send
 * FHIR JSON here (it needs CORS, which this server does not grant).
 */
export function compressAnswers(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || Buffer.byteLength(payload) < WORTH_COMPRESSING) return payload;
    if (reply.hasHeader('content-encoding') || !acceptsGzip(request.headers['accept-encoding'])) return payload;
    reply.header('Content-Encoding', 'gzip');
    reply.header('Vary', 'Accept-Encoding');
    reply.removeHeader('content-length');
    return gzipSync(payload);
  });
}
