import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStaticFiles } from '../../server/http/static-files';
import { whenStopping } from './stop-list';

async function waitUntilServing(origin: string, what: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start at ${origin}`);
}

/** Sends SIGTERM, then SIGKILL if the process has not ended after `graceMs`. */
export function endProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * The moment the practice backend works at during the bench: a weekday morning, when
 * Riverside takes admin requests. At the real time, an evening or a weekend run would
 * meet "closed" pages and walk a different request.
 */
export const BENCH_MOMENT = '2026-11-23T10:00:00Z';

/**
 * Front Door as `npm run serve` runs it: server/start.ts on a throwaway PGlite folder with
 * the demo practices, its clock at BENCH_MOMENT. That takes the test API: /__test routes,
 * the clock read from the database, and fault hooks that do nothing unless a test plans
 * a fault (the backend's own throughput bench, scripts/backend-bench.ts, runs without
 * it). Node itself is spawned (not npx), so stopping it stops the server.
 */
export async function startFrontDoor(port: number): Promise<string> {
  const data = mkdtempSync(join(tmpdir(), 'front-door-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), FRONT_DOOR_DATA: data, DATABASE_URL: '', FRONT_DOOR_SEED: 'demo', FRONT_DOOR_TEST_API: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  whenStopping(async () => {
    await endProcess(server);
    rmSync(data, { recursive: true, force: true });
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, 'Front Door (server/start.ts)');
  const clock = await fetch(`${origin}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: BENCH_MOMENT }) });
  if (!clock.ok) throw new Error(`Could not set the bench server's clock: ${clock.status}`);
  return origin;
}

/**
 * The bare-stack floor on a small static server in this process, with the same file
 * serving as Front Door's (compression by Accept-Encoding, cache headers, app URLs fall
 * back to index.html) and none of its document headers, so only the app differs.
 */
export async function startBareStack(dist: string, port: number): Promise<string> {
  const serveFile = createStaticFiles(dist);
  const server = createServer((request, response) => {
    serveFile(request, response, {}).catch(() => {
      response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  whenStopping(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
