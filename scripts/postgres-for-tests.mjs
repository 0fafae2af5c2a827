// A throwaway PostgreSQL cluster for the server tests, from Debian's binaries
// (/usr/lib/postgresql/<version>/bin, package "postgresql"): a fresh folder, trust auth,
// listening on 127.0.0.1 only, on a free port. `npm test` starts one when DATABASE_URL
// is unset; `node scripts/postgres-for-tests.mjs start` prints `export DATABASE_URL=…`
// for a shell (CI) and leaves it running.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT =
  'The server tests need PostgreSQL: install it (Debian/Ubuntu: sudo apt-get install postgresql) or set DATABASE_URL to a server the tests may create databases on.';

function binaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster; returns { url, stop } or { error } with one line saying what to do. */
export async function startPostgres() {
  const bin = binaries();
  if (!bin) return { error: INSTALL_HINT };
  const folder = mkdtempSync(join(tmpdir(), 'front-door-pg-'));
  const data = join(folder, 'data');
  // initdb refuses to run as root: the cluster belongs to the postgres user then.
  const asRoot = process.getuid?.() === 0;
  const as = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  if (asRoot) {
    chownSync(folder, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
    chmodSync(folder, 0o700);
  }
  const port = await freePort();
  const run = (command, args) => {
    const [cmd, argv] = as(command, args);
    return spawnSync(cmd, argv, { encoding: 'utf8' });
  };
  const init = run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  if (init.status !== 0) return { error: `initdb failed: ${(init.stderr || init.stdout).trim().split('\n').pop()}` };
  const start = run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(folder, 'log'), '-o', `-h 127.0.0.1 -p ${port} -k ${folder} -c fsync=off -c max_connections=100`, 'start']);
  if (start.status !== 0) return { error: `PostgreSQL did not start: ${(start.stderr || start.stdout).trim().split('\n').pop()}` };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()) && process.argv[2] === 'start') {
  const started = await startPostgres();
  if (started.error) {
    console.error(started.error);
    process.exit(1);
  }
  console.log(`export DATABASE_URL=${started.url}`);
}
