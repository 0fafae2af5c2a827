import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from './db/open-database';
import { migrate } from './db/migrate';
import { buildApp } from './app';
import { createNotifier } from './notify/notifier';
import { folderPhotoStore } from './store/photos';
import { seedDemo } from './store/seed';
import { publishQuestionnaires } from './store/questionnaires';
import { deleteEndedSignIns, deleteExpiredRequests, retentionPolicy } from './jobs/retention';

/**
 * `npm start`: the built app and the practice backend on one origin. PostgreSQL is
 * PGlite in .data/ unless DATABASE_URL names a server (README, "The practice backend").
 */
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
const dist = resolve(process.env.FRONT_DOOR_DIST ?? 'dist');
const dataFolder = resolve(process.env.FRONT_DOOR_DATA ?? '.data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const testApi = process.env.FRONT_DOOR_TEST_API === '1';
// The fictional demo practices go into an empty embedded database; a real deployment seeds none.
const seed = (process.env.FRONT_DOOR_SEED ?? (databaseUrl ? 'none' : 'demo')) === 'demo';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

if (!existsSync(resolve(dist, 'index.html'))) fail(`No built app in ${dist}: run "npm run build" first (or "npm start", which builds).`);

let policy;
try {
  policy = retentionPolicy();
} catch (error) {
  fail((error as Error).message);
}

const db = await openDatabase(databaseUrl ? { url: databaseUrl } : { folder: resolve(dataFolder, 'pg') }).catch((error: Error) =>
  fail(databaseUrl ? `Cannot reach PostgreSQL at DATABASE_URL: ${error.message}` : `Cannot open the database in ${dataFolder}: ${error.message}`),
);
await migrate(db);
await publishQuestionnaires(db, new Date());
if (seed) await seedDemo(db, new Date());

const photos = folderPhotoStore(process.env.FRONT_DOOR_PHOTOS ?? resolve(dataFolder, 'photos'));
// A reply's notification links to the app's /settings page at its public address.
const publicUrl = process.env.FRONT_DOOR_PUBLIC_URL || undefined;
const app = await buildApp({ db, photos, dist, testApi, notifier: createNotifier(), ...(publicUrl ? { appUrl: new URL('/settings', publicUrl).toString() } : {}) });

try {
  await app.listen({ host, port });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`Port ${port} on ${host} is already in use. Stop what is using it, or start on another port: PORT=4180 npm start`);
  if (code === 'EACCES') fail(`Not allowed to listen on port ${port} on ${host}. Choose a port above 1024: PORT=4173 npm start`);
  fail(`Cannot listen on ${host}:${port}: ${(error as Error).message}`);
}
console.log(`Front Door: http://${host}:${port}/ (${databaseUrl ? 'PostgreSQL' : `PGlite in ${dataFolder}`})`);
console.log(`Try a practice: http://${host}:${port}/Y99001`);

// Retention: hourly, on every server (each request is deleted by one of them).
const retention = setInterval(() => {
  deleteExpiredRequests(db, photos, policy, new Date()).catch((error: Error) => console.error(`Retention job: ${error.message}`));
  deleteEndedSignIns(db, new Date()).catch((error: Error) => console.error(`Retention job (sign-ins): ${error.message}`));
}, 3_600_000);
retention.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(retention);
    void app
      .close()
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}
