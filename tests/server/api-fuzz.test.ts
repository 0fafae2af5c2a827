import { request as httpRequest, Agent, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildApp } from '../../server/app';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { memoryPhotoStore } from '../../server/store/photos';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { freshDatabase, type TestDatabase } from './database';

/**
 * Issue 18: bounded random bodies, headers and path parameters sent over real HTTP to
 * every route the server registers (read from Fastify, so a new route is fuzzed too).
 * Whatever arrives, the answer is a 4xx or 2xx, never a 5xx, and never a stack trace.
 */

let database: TestDatabase;
let app: FastifyInstance;
let origin: string;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  database = await freshDatabase();
  await setTestClock(database.db, NOW);
  await seedDemo(database.db, NOW, { reset: true });
  app = await buildApp({ db: database.db, photos: memoryPhotoStore() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  await app.close();
  await database.drop();
});

interface Route {
  path: string;
  methods: string[];
}

/** Every route and its methods, from Fastify's own route tree. */
function registeredRoutes(): Route[] {
  const routes: Route[] = [];
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^(.*?)(?:├── |└── )(\S+)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (parents[depth - 1] ?? '') + match[2]!;
    parents[depth] = path;
    if (match[3]) routes.push({ path, methods: match[3].split(', ').filter((m) => m !== 'HEAD') });
  }
  return routes;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
}

function send(method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer & { wireBytes: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, body: text, reusedSocket: req.reusedSocket, wireBytes: wire.length });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A POST to the FHIR base is a 413 OperationOutcome, and the keep-alive connection it came on serves the next request. */
async function expectRefusedAsTooLargeOnAUsableConnection(headers: Record<string, string>, body: Buffer) {
  const warm = await send('GET', '/api/practices/Y99001', {});
  expect(warm.status).toBe(200);
  const refused = await send('POST', '/api/fhir', headers, body);
  expect(refused.status).toBe(413);
  expect(JSON.parse(refused.body).resourceType).toBe('OperationOutcome');
  const next = await send('GET', '/api/practices/Y99001', {});
  expect(next.status).toBe(200);
  expect(next.reusedSocket).toBe(true);
}

const paramValue = fc.oneof(
  fc.constantFrom('Y99001', 'Y99002', 'y99001', 'Z99999', 'HS9T3WXC', '00000000-0000-4000-8000-000000000000', '1', '..', '%2e%2e', '%ZZ', '%00'),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
);
const query = fc.dictionary(fc.constantFrom('q', 'ods', 'service', 'kind', 'status', 'start', 'date', 'url', 'x'), fc.string({ maxLength: 30 }), { maxKeys: 3 });
const contentType = fc.constantFrom('application/json', 'application/fhir+json', 'application/json-patch+json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'image/jpeg', '');
const jsonBody = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
const fhirish = fc
  .record(
    {
      resourceType: fc.constantFrom('Bundle', 'Appointment', 'Task', 'Patient', 'x'),
      type: fc.constantFrom('transaction', 'batch', 'document'),
      entry: fc.array(fc.record({ fullUrl: fc.string(), resource: fc.jsonValue({ maxDepth: 3 }), request: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }), { maxLength: 4 }),
      status: fc.string(),
      reference: fc.string(),
      birthDate: fc.constantFrom('2023-02-30', '1890-01-01', '2030-01-01', 'x', ''),
      op: fc.constantFrom('replace', 'add', 'remove', 'test'),
      path: fc.string(),
      value: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(Math.random() < 0.3 ? [v] : v));
const body = fc.oneof(jsonBody, fhirish, fc.string({ maxLength: 200 }), jsonBody.map((text) => text.slice(0, Math.max(0, text.length - 1))), fc.constant(''));

const call = (routes: Route[]) =>
  fc.record({
    route: fc.constantFrom(...routes),
    pick: fc.nat(),
    params: fc.array(paramValue, { minLength: 4, maxLength: 4 }),
    query,
    contentType,
    authorization: fc.option(fc.oneof(fc.constant('Bearer '), fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`), fc.string({ maxLength: 20 })), { nil: undefined }),
    contentEncoding: fc.option(fc.constantFrom('gzip', 'br', 'identity', 'deflate, gzip', ''), { nil: undefined }),
    ifMatch: fc.option(fc.oneof(fc.constantFrom('W/"1"', '"1"', '*', 'W/"x'), fc.string({ maxLength: 10 })), { nil: undefined }),
    body,
  });

describe('the API under bounded random input', () => {
  it('finds the routes it fuzzes in the server itself', () => {
    const paths = registeredRoutes().map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/api/fhir', '/api/practices/:ods', '/api/fhir/Appointment/:id', '/api/referrals/sign-in']));
  });

  it('answers 2,000 malformed requests to every route with no 5xx and no stack trace', async () => {
    const routes = registeredRoutes();
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(call(routes), async (c) => {
        const method = c.route.methods[c.pick % c.route.methods.length]!;
        let i = 0;
        const path = c.route.path.replace(/:[a-zA-Z]+/g, () => c.params[i++]!);
        const search = new URLSearchParams(c.query).toString();
        const headers: Record<string, string> = {};
        if (c.contentType) headers['content-type'] = c.contentType;
        if (c.authorization !== undefined) headers.authorization = c.authorization;
        if (c.ifMatch !== undefined) headers['if-match'] = c.ifMatch;
        if (c.contentEncoding !== undefined) headers['content-encoding'] = c.contentEncoding;
        const hasBody = method !== 'GET' && method !== 'DELETE';
        const answer = await send(method, `${path}${search ? `?${search}` : ''}`, headers, hasBody ? c.body : undefined);
        seen.add(`${method} ${c.route.path}`);
        expect(answer.status, `${method} ${path}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
        expect(answer.body).not.toMatch(/\n\s+at .+:\d+:\d+/);
        if (answer.status >= 400) expect(JSON.parse(answer.body).resourceType, `${method} ${path}`).toBe('OperationOutcome');
      }),
      { numRuns: 2000 },
    );
    // Every route and method was tried at least once.
    const all = routes.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`));
    expect([...seen].sort()).toEqual(all.sort());
  });

  it('refuses a body over the limit with 413, and the same connection then serves the next request', async () => {
    await expectRefusedAsTooLargeOnAUsableConnection({ 'content-type': 'application/fhir+json' }, Buffer.alloc(BODY_LIMIT + 1024, 'a'));
  });
});

/** An online request as the app sends it, as JSON text; `n` makes its client id. */
const bundle = (n: number) => JSON.stringify(buildRequestBundle({ ...completeDraft(), id: `6e1d2c3b-4a59-4687-9a0b-${String(n).padStart(12, '0')}` }, null, [], NOW));

describe('a gzipped request body (the app compresses what a patient sends)', () => {
  const fhir = { 'content-type': 'application/fhir+json', 'content-encoding': 'gzip' };

  it('is unzipped and stored, the same as the plain one', async () => {
    const text = bundle(1);
    const zipped = gzipSync(text);
    expect(zipped.length).toBeLessThan(text.length / 2);
    const stored = await send('POST', '/api/fhir', fhir, zipped);
    expect(stored.status, stored.body.slice(0, 300)).toBe(200);
    expect(JSON.parse(stored.body).resourceType).toBe('Bundle');
    // RFC 7694: every answer says gzipped bodies are read; the app sends them only after that.
    expect(stored.headers['accept-encoding']).toBe('gzip');
    expect((await send('GET', '/api/practices/Y99001', {})).headers['accept-encoding']).toBe('gzip');
    // The same request sent again plain is the same request: one copy, the first answer.
    const plain = await send('POST', '/api/fhir', { 'content-type': 'application/fhir+json' }, text);
    expect(JSON.parse(plain.body)).toEqual(JSON.parse(stored.body));
  });

  it('that is not gzip is a 400, and another encoding a 415, each an OperationOutcome', async () => {
    const broken = await send('POST', '/api/fhir', fhir, Buffer.from(bundle(2)));
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).resourceType).toBe('OperationOutcome');
    const brotli = await send('POST', '/api/fhir', { ...fhir, 'content-encoding': 'br' }, Buffer.from('x'));
    expect(brotli.status).toBe(415);
    expect(JSON.parse(brotli.body).resourceType).toBe('OperationOutcome');
  });

  it('that unzips past the limit is a 413, and the same connection then serves the next request', async () => {
    const bomb = gzipSync(Buffer.alloc(BODY_LIMIT + 1024, ' '));
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectRefusedAsTooLargeOnAUsableConnection(fhir, bomb);
  });
});

describe('API answers to a browser that takes gzip', () => {
  it('come gzipped from a kilobyte up, and whole', async () => {
    const post = (accept?: string) => send('POST', '/api/fhir', { 'content-type': 'application/fhir+json', ...(accept ? { 'accept-encoding': accept } : {}) }, bundle(3));
    const zipped = await post('gzip, deflate, br, zstd');
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    const plain = await post();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(zipped.body)).toEqual(JSON.parse(plain.body));
    expect(zipped.wireBytes).toBeLessThan(plain.wireBytes / 2);
    expect((await post('gzip;q=0, br')).headers['content-encoding']).toBeUndefined();
  });

  it('under a kilobyte, go as they are', async () => {
    const small = await send('GET', '/api/practices/Y99001/capacity', { 'accept-encoding': 'gzip' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
