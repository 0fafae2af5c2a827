import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npm start` checks its port before the build: a busy port is one plain line, not a stack trace. */
let busy: Server;
let port: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  port = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

const check = (env: Record<string, string>) => spawnSync(process.execPath, ['scripts/check-port.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the port check before npm start', () => {
  it('says in one line that the port is busy, and how to choose another', () => {
    const result = check({ PORT: String(port), HOST: '127.0.0.1' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`Port ${port} on 127.0.0.1 is already in use. Stop what is using it, or start on another port: PORT=4180 npm start`]);
  });

  it('lets the start go on when the port is free', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const freePort = (free.address() as { port: number }).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const result = check({ PORT: String(freePort), HOST: '127.0.0.1' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
