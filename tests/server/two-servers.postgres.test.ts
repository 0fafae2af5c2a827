import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/store/seed';
import { setTestClock } from '../../server/store/clock';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { referenceOf } from '../../src/platform/device/outbox';
import { completeDraft, NOW } from '../unit/request/fixtures';
import { freshDatabase, type TestDatabase } from './database';

/*
 * PostgreSQL only: two server processes on one database, as behind a load balancer,
 * each hit by clients sending the same requests at the same moment. Bounded: 20
 * requests, each sent 4 times across both servers.
 */
const REQUESTS = 20;
const COPIES = 4;

let database: TestDatabase;
let folder: string;
const servers: { process: ChildProcess; base: string }[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(url: string): Promise<{ process: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, FRONT_DOOR_SEED: 'none', FRONT_DOOR_TEST_API: '1', FRONT_DOOR_DIST: folder, FRONT_DOOR_DATA: folder },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Front Door:')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return { process: child, base: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  database = await freshDatabase();
  await setTestClock(database.db, NOW);
  await seedDemo(database.db, NOW, { reset: true });
  folder = mkdtempSync(join(tmpdir(), 'front-door-two-servers-'));
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Front Door</title>');
  servers.push(...(await Promise.all([startServer(database.url!), startServer(database.url!)])));
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.process.once('exit', () => resolve());
          server.process.kill('SIGTERM');
        }),
    ),
  );
  rmSync(folder, { recursive: true, force: true });
  await database.drop();
});

const idFor = (n: number) => `9c8b7a6d-5e4f-4a3b-9c2d-${String(n).padStart(12, '0')}`;

describe('two servers on one PostgreSQL', () => {
  it('store each request once, whichever server each copy reaches, with references that never repeat', async () => {
    const sends = [];
    for (let n = 0; n < REQUESTS; n++) {
      const bundle = JSON.stringify(buildRequestBundle({ ...completeDraft(), id: idFor(n) }, null, [], NOW));
      for (let copy = 0; copy < COPIES; copy++) {
        const server = servers[(n + copy) % servers.length]!;
        sends.push(
          fetch(`${server.base}/api/fhir`, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: bundle }).then(async (response) => ({
            n,
            status: response.status,
            reference: referenceOf(await response.json(), idFor(n)),
          })),
        );
      }
    }
    const answers = await Promise.all(sends);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    for (let n = 0; n < REQUESTS; n++) {
      const references = new Set(answers.filter((a) => a.n === n).map((a) => a.reference));
      expect(references.size, `request ${n} got one reference on every copy`).toBe(1);
    }
    const stored = await database.db.query<{ client_id: string; reference: string }>('select client_id, reference from request');
    expect(stored).toHaveLength(REQUESTS); // 0 duplicate requests
    expect(new Set(stored.map((r) => r.reference)).size).toBe(REQUESTS);
    const tasks = await database.db.query<{ n: number }>("select count(*)::integer as n from resource where type = 'Task'");
    expect(tasks[0]!.n).toBe(REQUESTS);
  });
});
