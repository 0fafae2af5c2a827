import type { Database } from '../db/database';
import { seedPractices } from '../rules/seed/practices';
import { seedBooking } from '../rules/seed/booking';
import { publishQuestionnaires } from './questionnaires';
import { savePracticeSettings } from './practices';
import { seedBookingTables } from './booking';
import { demoStaff } from '../rules/seed/staff';
import { addStaff } from './staff';
import { hashPassword } from '../auth/credentials';
import type { Sql } from '../db/database';

/** Each demo password hashed once per process: a test reset re-seeds often, and scrypt is slow on purpose. */
const demoHashes = new Map<string, Promise<string>>();
const demoHash = (password: string) => {
  if (!demoHashes.has(password)) demoHashes.set(password, hashPassword(password));
  return demoHashes.get(password)!;
};

async function seedStaff(sql: Sql, now: Date): Promise<void> {
  const practices = new Set((await sql.query<{ ods: string }>('select ods from practice')).map((r) => r.ods));
  for (const staff of demoStaff()) if (practices.has(staff.ods)) await addStaff(sql, { ...staff, passwordHash: await demoHash(staff.password) }, now);
}

/** Tables of demo and patient data, emptied by a test reset (the request sequence is not: references never repeat). */
const PATIENT_AND_DEMO_TABLES = [
  'request_event',
  'staff_session',
  'staff_sign_in_pending',
  'staff_sign_in_rate',
  'staff',
  'request',
  'request_attempt',
  'resource',
  'resource_history',
  'identifier_index',
  'referral_access',
  'registered_patient',
  'booking_session',
  'sign_in_lock',
  'nhs_app_count',
  'practice_history',
  'practice',
];

/**
 * The fictional practices and their booking world (README, "Try it"), seeded relative to
 * `now` so that "closed now" is closed and "tomorrow" is tomorrow whenever it runs. Only
 * into an empty database, unless `reset`.
 */
export async function seedDemo(db: Database, now: Date, { reset = false } = {}): Promise<void> {
  await db.transaction(async (sql) => {
    if (reset) await sql.exec(`truncate ${PATIENT_AND_DEMO_TABLES.join(', ')}`);
    else if ((await sql.query('select 1 from practice limit 1')).length > 0) {
      // A demo database made before the practice area: it gets the demo staff once.
      if ((await sql.query('select 1 from staff limit 1')).length === 0) await seedStaff(sql, now);
      return;
    }
    for (const practice of seedPractices(now)) await savePracticeSettings(sql, practice, now);
    await seedBookingTables(sql, seedBooking(now), now);
    await publishQuestionnaires(sql, now);
    await seedStaff(sql, now);
  });
}
