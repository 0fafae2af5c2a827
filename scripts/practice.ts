import { resolve } from 'node:path';
import { openDatabase } from '../server/db/open-database';
import { migrate } from '../server/db/migrate';
import { addStaff, staffByEmail } from '../server/store/staff';
import { totpCode } from '../server/auth/credentials';
import { demoStaff } from '../server/rules/seed/staff';
import { ODS_CODE_PATTERN } from '../src/domain/practice/ods-code';

/*
 * `npm run practice -- add-admin Y99001 --name "…" --email …`: the first admin of a
 * practice, with a one-time password and the TOTP secret as an otpauth:// URI, printed
 * once. `npm run practice -- code <email>`: the current code of a seeded demo account.
 * The same database as `npm start`: PGlite in FRONT_DOOR_DATA (.data), or DATABASE_URL.
 */

const USAGE = `Usage:
  npm run practice -- add-admin <ODS code> --name "<full name>" --email <email>
  npm run practice -- code <email of a demo account>`;

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

const [command, ...args] = process.argv.slice(2);

if (command === 'code') {
  const email = (args[0] ?? '').trim().toLowerCase();
  const demo = demoStaff().find((s) => s.email === email);
  if (!demo) fail(`Codes are printed only for the demo accounts (README, "The practice area"). Use an authenticator app for ${email || 'other accounts'}.`);
  console.log(totpCode(demo.totpSecret, new Date()));
  process.exit(0);
}

if (command !== 'add-admin') fail(USAGE);
const ods = (args[0] ?? '').toUpperCase();
const name = option(args, 'name')?.trim() ?? '';
const email = option(args, 'email')?.trim() ?? '';
if (!ODS_CODE_PATTERN.test(ods)) fail(`"${args[0] ?? ''}" is not an ODS code.\n${USAGE}`);
if (name === '' || name.length > 100) fail(`Give the admin's name with --name.\n${USAGE}`);
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`Give the admin's email address with --email.\n${USAGE}`);

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataFolder = resolve(process.env.FRONT_DOOR_DATA ?? '.data');
const db = await openDatabase(databaseUrl ? { url: databaseUrl } : { folder: resolve(dataFolder, 'pg') }).catch((error: Error) =>
  fail(databaseUrl ? `Cannot reach PostgreSQL at DATABASE_URL: ${error.message}` : `Cannot open the database in ${dataFolder}: ${error.message}`),
);
try {
  await migrate(db);
  if ((await db.query('select 1 from practice where ods = $1', [ods])).length === 0) fail(`No practice ${ods} in this database. Start the server once, or add its settings first.`);
  if (await staffByEmail(db, email)) fail(`There is an account for ${email} already.`);
  const added = await addStaff(db, { ods, name, email, role: 'admin' }, new Date());
  if (added === 'duplicate') fail(`There is an account for ${email} already.`);
  console.log(`Admin added to ${ods} (${added.staff.practiceName}): ${added.staff.name} <${added.staff.email}>`);
  console.log(`Password (shown once; give it to them in person): ${added.password}`);
  console.log(`Authenticator (scan or type into any TOTP app): ${added.totpUri}`);
} finally {
  await db.close();
}
