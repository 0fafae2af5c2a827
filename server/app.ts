import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Database } from './db/database';
import { outcome } from './rules/outcome';
import { send } from './http/reply';
import type { AppContext } from './context';
import { apiHeaders, securityHeaders } from './http/security-headers';
import { allowedFrameOrigins, framingPracticeOf, isPracticeAreaPage } from './http/frame-ancestors';
import { createStaticFiles } from './http/static-files';
import { practiceStore } from './store/practices';
import { realClock, testClock } from './store/clock';
import type { PhotoStore } from './store/photos';
import { apiRoutes } from './routes/api';
import { drainBody, guardInput } from './http/input-guard';
import { acceptGzipBodies } from './http/request-encoding';
import { compressAnswers } from './http/compress-answers';
import { testRoutes } from './routes/test-control';
import { testFaults } from './routes/test-faults';
import { practiceAreaRoutes } from './routes/practice-area';
import { logNotifier, type Notifier } from './notify/notifier';

export interface AppOptions {
  db: Database;
  photos: PhotoStore;
  /** The built app (dist/); omitted: the API alone (tests). */
  dist?: string;
  /** FRONT_DOOR_TEST_API=1: the browser tests' /__test API and clock. */
  testApi?: boolean;
  /** How patients hear of a reply; the log transport when omitted. */
  notifier?: Notifier;
  /** The app's public /settings URL for notifications; omitted: from the request's Host. */
  appUrl?: string;
}

/** A body larger than any request with its photos (3 JPEGs of 500 KB, base64). */
export const BODY_LIMIT = 8 * 1024 * 1024;

const ISSUE_FOR_STATUS: Record<number, Parameters<typeof outcome>[0]> = { 404: 'not-found', 405: 'not-supported', 413: 'too-long', 415: 'not-supported' };

/**
 * The practice backend: the built app and the API on one origin, with the security
 * headers a deployment must send (README, "Deploy"). Holds nothing between requests:
 * every fact lives in the database, so any number of these can serve one practice.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const context: AppContext = {
    db: options.db,
    photos: options.photos,
    clock: options.testApi ? testClock(options.db) : realClock,
    testApi: options.testApi ?? false,
    notifier: options.notifier ?? logNotifier(),
  };
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: false,
    return503OnClosing: true,
    trustProxy: false,
    // An address the router cannot read (a bad %-escape, a parameter over its length) is
    // answered like every other mistake: a 4xx OperationOutcome.
    frameworkErrors: (error, request, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      return send(reply, { status, body: outcome('invalid', 'The address could not be read.') });
    },
  });

  // FHIR JSON and JSON Patch are JSON too; a body that does not parse is the client's mistake.
  app.addContentTypeParser(['application/fhir+json', 'application/json-patch+json'], { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  // API answers are data, not documents: only the headers that apply to them.
  app.addHook('onSend', async (request, reply) => {
    reply.headers(apiHeaders());
  });

  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) console.error(`${request.method} ${request.url.split('?')[0]}: ${error.stack ?? error.message}`);
    // The refused body is read to its end first, so the connection serves the next request.
    if (status === 413) await drainBody(request.raw);
    // Fastify closes the connection after a body it could not take, in case more is coming;
    // once the body has been read to its end, the connection is safe to keep.
    if (request.raw.readableEnded) reply.removeHeader('connection');
    const text =
      status === 413 ? 'That is too large to send.' : status === 500 ? 'Something went wrong on our side. Please try again.' : 'That request could not be read.';
    return send(reply, { status, body: outcome(ISSUE_FOR_STATUS[status] ?? (status === 500 ? 'exception' : 'invalid'), text) });
  });

  guardInput(app);
  acceptGzipBodies(app);
  compressAnswers(app);
  // Before the API's routes, so the planned faults' hooks apply to them.
  const faultRoutes = context.testApi ? testFaults(app) : null;
  await app.register(apiRoutes(context), { prefix: '/api' });
  await app.register(practiceAreaRoutes(context, options.appUrl ? { appUrl: options.appUrl } : {}), { prefix: '/api/practice' });
  if (context.testApi) await app.register(testRoutes(context), { prefix: '/__test' });
  if (faultRoutes) await app.register(faultRoutes, { prefix: '/__test' });

  const serveFile = options.dist ? createStaticFiles(options.dist) : null;
  const practices = practiceStore(options.db);
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/') || path.startsWith('/__test/') || !serveFile || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return send(reply, { status: 404, body: outcome('not-found', `Nothing is served at ${request.method} ${path}.`) });
    }
    reply.hijack();
    // The practice area may never be framed, not even by the app itself (clickjacking of staff actions).
    if (isPracticeAreaPage(path)) return serveFile(request.raw, reply.raw, securityHeaders({ frameAncestors: 'none' }));
    // frame-ancestors follows the practice's embed allow-list (README, "Embed").
    const ods = framingPracticeOf(request.url);
    const settings = ods ? (await practices.practiceDocument(ods))?.settings : undefined;
    await serveFile(request.raw, reply.raw, securityHeaders({ frameAncestors: allowedFrameOrigins(settings) }));
  });

  return app;
}
