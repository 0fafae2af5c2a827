import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMockApi } from './mock-api';
import { createStaticFiles } from './static-files';
import { securityHeaders } from './security-headers';
import { frameAncestorsFor } from './frame-ancestors';

/**
 * `npm start`: the built app and the mock practice backend on one origin,
 * with the security headers a real deployment must send.
 */
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const root = resolve(process.env.FRONT_DOOR_DIST ?? 'dist');
const testApi = process.env.FRONT_DOOR_TEST_API === '1';

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No built app in ${root}: run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const api = createMockApi({ testApi });
const serveFile = createStaticFiles(root);

const server = createServer((req, res) => {
  void (async () => {
    // frame-ancestors follows the practice's embed allow-list (README, "Embed").
    const headers = securityHeaders({ frameAncestors: frameAncestorsFor(req.url, api.store.practices) });
    if (await api.handle(req, res)) return;
    await serveFile(req, res, headers);
  })().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, host, () => {
  console.log(`Front Door with the mock practice backend: http://${host}:${port}/`);
  console.log('Try a practice: http://' + host + ':' + port + '/Y99001');
});
