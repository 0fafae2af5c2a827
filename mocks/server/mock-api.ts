import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import { createStore, type MockStore } from '../data/store';
import { createHandlers } from '../handlers';
import { testControlHandlers } from '../handlers/test-control';
import { operationOutcome } from '../handlers/responses';

const MAX_BODY_BYTES = 30 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function send(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * The MSW handlers served over real HTTP (for `npm start`, the dev server and the
 * browser tests), so the app's own service worker sits between the page and them.
 */
export function createMockApi({ testApi, store = createStore() }: { testApi: boolean; store?: MockStore }) {
  const handlers = [...createHandlers(store), ...(testApi ? testControlHandlers(store) : [])];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isApi = path.startsWith('/api/') || path === '/api';
    const isTest = testApi && path.startsWith('/__test/');
    if (!isApi && !isTest) return false;

    const body = req.method === 'GET' || req.method === 'HEAD' ? null : await readBody(req);
    if (body === null && req.method !== 'GET' && req.method !== 'HEAD') {
      await send(res, operationOutcome(413, 'invalid', 'That upload is too large.'));
      return true;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    });
    try {
      const response = await getResponse(handlers, request);
      await send(res, response ?? operationOutcome(404, 'not-found', `Nothing is served at ${req.method} ${path}.`));
    } catch (error) {
      // A handler that throws is our bug, not the patient's: say so plainly, still as FHIR.
      console.error(error);
      await send(res, operationOutcome(500, 'invalid', 'The mock backend failed.'));
    }
    return true;
  }

  return { handle, store };
}
