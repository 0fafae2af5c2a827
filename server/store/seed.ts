import type { Database } from '../db/database';
import { seedPractices } from '../rules/seed/practices';
import { seedBooking } from '../rules/seed/booking';
import { publishQuestionnaires } from './questionnaires';
import { savePracticeSettings } from './practices';
import { seedBookingTables } from './booking';

/** Tables of demo and patient data, emptied by a test reset (the request sequence is not: references never repeat). */
const PATIENT_AND_DEMO_TABLES = [
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
    else if ((await sql.query('select 1 from practice limit 1')).length > 0) return;
    for (const practice of seedPractices(now)) await savePracticeSettings(sql, practice, now);
    await seedBookingTables(sql, seedBooking(now), now);
    await publishQuestionnaires(sql, now);
  });
}
