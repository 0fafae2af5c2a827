import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Appointment, HealthcareService, Slot } from 'fhir/r4';
import type { Database, Sql } from '../db/database';
import { problem } from '../rules/outcome';
import { Refusal } from '../rules/booking/answers';
import type { RegisteredPatient } from '../rules/booking/registered-patients';
import type { BookingReads, BookingResource, BookingRulesStore, BookingSession, BookingTransaction, Stored } from '../rules/booking/store';
import type { BookingSeed } from '../rules/seed/booking';
import { audit } from './audit';

/*
 * The booking rules' store in PostgreSQL. Resources are jsonb in `resource` with their
 * version in meta and every version in `resource_history`; an update names the version
 * it read, so of two servers racing to take one slot, the second's update finds nothing
 * to change and the rules answer 412.
 */

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Row = { content: Stored<BookingResource> };
const contents = <T>(rows: Row[]) => rows.map((r) => r.content as unknown as T);

function reads(sql: Sql): BookingReads {
  return {
    async read<T extends BookingResource>(type: T['resourceType'], id: string) {
      return contents<Stored<T>>(await sql.query<Row>('select content from resource where type = $1 and id = $2', [type, id]))[0];
    },
    async freeSlotsOf(serviceId, after) {
      const rows = await sql.query<Row>(
        `select content from resource
         where type = 'Slot' and content ->> 'status' = 'free' and content ->> 'start' > $2
           and content #>> '{schedule,reference}' in (
             select 'Schedule/' || id from resource where type = 'Schedule' and content -> 'actor' @> jsonb_build_array(jsonb_build_object('reference', $1::text)))
         order by content ->> 'start', id`,
        [`HealthcareService/${serviceId}`, after.toISOString()],
      );
      return contents<Stored<Slot>>(rows);
    },
    async servicesOf(ods) {
      const rows = await sql.query<Row>(`select content from resource where type = 'HealthcareService' and content #>> '{providedBy,reference}' = $1 order by seq`, [
        `Organization/${ods}`,
      ]);
      return contents<Stored<HealthcareService>>(rows);
    },
    async appointmentsOf(referralId) {
      const rows = await sql.query<Row>(`select content from resource where type = 'Appointment' and content #>> '{basedOn,0,reference}' = $1 order by seq`, [
        `ServiceRequest/${referralId}`,
      ]);
      return contents<Stored<Appointment>>(rows);
    },
    async appointmentWith(system, value) {
      const rows = await sql.query<Row>(
        `select r.content from identifier_index i join resource r on r.type = i.type and r.id = i.id
         where i.system = $1 and i.value = $2 and i.type = 'Appointment'`,
        [system, value],
      );
      return contents<Stored<Appointment>>(rows)[0];
    },
    async referralAccess(ubrn) {
      const [row] = await sql.query<{ referral_id: string; year_of_birth: number; asks_year_of_birth: boolean }>(
        'select referral_id, year_of_birth, asks_year_of_birth from referral_access where ubrn = $1',
        [ubrn],
      );
      return row ? { referralId: row.referral_id, yearOfBirth: row.year_of_birth, asksYearOfBirth: row.asks_year_of_birth } : undefined;
    },
    async passwordMatches(referralId, password) {
      const [row] = await sql.query<{ password_hash: string }>('select password_hash from referral_access where referral_id = $1', [referralId]);
      const [, salt, hash] = row?.password_hash.split('$') ?? [];
      if (!salt || !hash) return false;
      const expected = Buffer.from(hash, 'base64');
      const given = await scrypt(password, Buffer.from(salt, 'base64'), expected.length);
      return timingSafeEqual(given, expected);
    },
    async registeredPatients(ods) {
      const rows = await sql.query<{ given_name: string; family_name: string; birth_date: string; nhs_number: string; postcode: string }>(
        'select given_name, family_name, birth_date::text as birth_date, nhs_number, postcode from registered_patient where ods = $1',
        [ods],
      );
      return rows.map((r): RegisteredPatient => ({ givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date, nhsNumber: r.nhs_number, postcode: r.postcode }));
    },
    async session(token) {
      const [row] = await sql.query<{ session: BookingSession }>('select session from booking_session where token_hash = $1', [hashToken(token)]);
      return row?.session;
    },
    async signInLockedUntil(key) {
      const [row] = await sql.query<{ locked_until: Date | null }>('select locked_until from sign_in_lock where key = $1', [key]);
      return row?.locked_until ? new Date(row.locked_until) : undefined;
    },
  };
}

const withMeta = (resource: BookingResource & { id: string }, versionId: number, now: Date) => ({
  ...resource,
  meta: { versionId: String(versionId), lastUpdated: now.toISOString() },
});

/** PostgreSQL's codes for a deadlock and a serialisation failure: the other writer won; the patient can try again. */
const TRY_AGAIN = new Set(['40P01', '40001']);

function transactionOn(sql: Sql): BookingTransaction {
  return {
    ...reads(sql),
    async lock(key) {
      await sql.query('select pg_advisory_xact_lock(hashtext($1))', [key]);
    },
    async claimIdentifier(system, value, type, id) {
      const rows = await sql.query('insert into identifier_index (system, value, type, id) values ($1, $2, $3, $4) on conflict do nothing returning id', [system, value, type, id]);
      return rows.length === 1;
    },
    async create<T extends BookingResource>(resource: T & { id: string }, now: Date) {
      const stored = withMeta(resource, 1, now);
      await sql.query('insert into resource (type, id, version_id, last_updated, content) values ($1, $2, 1, $3, $4::jsonb)', [
        resource.resourceType,
        resource.id,
        now,
        JSON.stringify(stored),
      ]);
      await sql.query('insert into resource_history (type, id, version_id, last_updated, content) values ($1, $2, 1, $3, $4::jsonb)', [
        resource.resourceType,
        resource.id,
        now,
        JSON.stringify(stored),
      ]);
      return stored as unknown as Stored<T>;
    },
    async update<T extends BookingResource>(resource: T & { id: string }, now: Date, ifMatch?: string) {
      if (ifMatch !== undefined && !/^\d{1,9}$/.test(ifMatch)) return undefined;
      const { meta: _meta, ...content } = resource as T & { id: string; meta?: unknown };
      const rows = await sql.query<Row>(
        `update resource
         set version_id = version_id + 1, last_updated = $3,
             content = jsonb_set($4::jsonb, '{meta}', jsonb_build_object('versionId', (version_id + 1)::text, 'lastUpdated', $5::text))
         where type = $1 and id = $2 and ($6::integer is null or version_id = $6::integer)
         returning content`,
        [resource.resourceType, resource.id, now, JSON.stringify(content), now.toISOString(), ifMatch ?? null],
      );
      const stored = contents<Stored<T>>(rows)[0];
      if (!stored) return undefined;
      await sql.query('insert into resource_history (type, id, version_id, last_updated, content) values ($1, $2, $3, $4, $5::jsonb)', [
        stored.resourceType,
        stored.id,
        Number(stored.meta.versionId),
        now,
        JSON.stringify(stored),
      ]);
      return stored;
    },
    audit: (at, event) => audit(sql, at, { actor: 'patient', ...event }),
  };
}

export function bookingStore(db: Database): BookingRulesStore {
  return {
    ...reads(db),
    audit: (at, event) => audit(db, at, { actor: 'patient', ...event }),
    async startSession(token, session) {
      await db.query('insert into booking_session (token_hash, session, expires_at) values ($1, $2::jsonb, $3)', [hashToken(token), JSON.stringify(session), session.expiresAt]);
    },
    async endSession(token) {
      await db.query('delete from booking_session where token_hash = $1', [hashToken(token)]);
    },
    async countFailedSignIn(key) {
      const [row] = await db.query<{ failures: number }>(
        `insert into sign_in_lock (key, failures) values ($1, 1)
         on conflict (key) do update set failures = sign_in_lock.failures + 1 returning failures`,
        [key],
      );
      return row!.failures;
    },
    async lockSignIn(key, until) {
      await db.query(
        'insert into sign_in_lock (key, failures, locked_until) values ($1, 0, $2) on conflict (key) do update set failures = 0, locked_until = excluded.locked_until',
        [key, until],
      );
    },
    async clearSignIn(key) {
      await db.query('delete from sign_in_lock where key = $1', [key]);
    },
    async transaction(work) {
      try {
        return await db.transaction((sql) => work(transactionOn(sql)));
      } catch (error) {
        if (TRY_AGAIN.has((error as { code?: string }).code ?? '')) throw new Refusal(problem(409, 'conflict', 'Someone else changed this at the same moment. Try again.'));
        throw error;
      }
    },
  };
}

/** Passwords hashed once per process: a test reset seeds the same few many times. */
const hashed = new Map<string, Promise<string>>();
function passwordHash(password: string): Promise<string> {
  let hash = hashed.get(password);
  if (!hash) {
    const salt = randomBytes(16);
    hash = scrypt(password, salt, 32).then((key) => `scrypt$${salt.toString('base64')}$${key.toString('base64')}`);
    hashed.set(password, hash);
  }
  return hash;
}

/** Loads the booking seed (server/rules/seed/booking.ts) into empty booking tables. */
export async function seedBookingTables(sql: Sql, seed: BookingSeed, now: Date): Promise<void> {
  const rows = JSON.stringify(seed.resources.map((resource) => ({ type: resource.resourceType, id: resource.id, content: withMeta(resource, 1, now) })));
  await sql.query(
    `insert into resource (type, id, version_id, last_updated, content)
     select type, id, 1, $2, content from jsonb_to_recordset($1::jsonb) as r(type text, id text, content jsonb)`,
    [rows, now],
  );
  await sql.query(
    `insert into resource_history (type, id, version_id, last_updated, content)
     select type, id, 1, $2, content from jsonb_to_recordset($1::jsonb) as r(type text, id text, content jsonb)`,
    [rows, now],
  );
  const identifiers = seed.resources.flatMap((resource) =>
    resource.resourceType === 'Appointment' ? (resource.identifier ?? []).map((i) => ({ system: i.system, value: i.value, type: 'Appointment', id: resource.id })) : [],
  );
  await sql.query(
    `insert into identifier_index (system, value, type, id)
     select system, value, type, id from jsonb_to_recordset($1::jsonb) as r(system text, value text, type text, id text)`,
    [JSON.stringify(identifiers)],
  );
  for (const referral of seed.referrals) {
    await sql.query('insert into referral_access (referral_id, ubrn, password_hash, year_of_birth, asks_year_of_birth) values ($1, $2, $3, $4, $5)', [
      referral.referralId,
      referral.ubrn,
      await passwordHash(referral.password),
      referral.yearOfBirth,
      referral.asksYearOfBirth,
    ]);
  }
  const patients = Object.entries(seed.registered).flatMap(([ods, list]) => list.map((p) => ({ ods, ...p })));
  await sql.query(
    `insert into registered_patient (ods, given_name, family_name, birth_date, nhs_number, postcode)
     select ods, "givenName", "familyName", "birthDate"::date, "nhsNumber", postcode
     from jsonb_to_recordset($1::jsonb) as r(ods text, "givenName" text, "familyName" text, "birthDate" text, "nhsNumber" text, postcode text)`,
    [JSON.stringify(patients)],
  );
  for (const lock of seed.locks) await sql.query('insert into sign_in_lock (key, failures, locked_until) values ($1, 0, $2)', [lock.key, lock.until]);
}
