import type { Appointment, HealthcareService, Resource, Schedule, Slot } from 'fhir/r4';
import type { BookingReads, BookingResource, BookingRulesStore, BookingSession, BookingTransaction, Stored } from '../../server/rules/booking/store';
import type { RegisteredPatient } from '../../server/rules/booking/registered-patients';
import type { BookingSeed } from '../../server/rules/seed/booking';

/*
 * The booking rules' store in memory, for the MSW mock (the server keeps the same in
 * PostgreSQL). A transaction writes to an overlay that is applied only when it ends
 * well, and transactions take turns, so the rules race here exactly as they would on
 * the database: checks and writes in one go, or nothing.
 */

type AnyStored = Stored<BookingResource>;

interface Tables {
  resources: Map<string, AnyStored>;
  /** `system|value` → `type/id`. */
  identifiers: Map<string, string>;
}

export interface MemoryBookingStore extends BookingRulesStore {
  /** What is stored now, for tests to look at (copies). */
  resource<T extends BookingResource>(type: T['resourceType'], id: string): Stored<T> | undefined;
  all<T extends BookingResource>(type: T['resourceType']): Stored<T>[];
  /** For tests: changes a stored resource in place (no new version). */
  alter<T extends BookingResource>(type: T['resourceType'], id: string, change: Partial<T>): void;
}

const keyOf = (type: string, id: string) => `${type}/${id}`;
const copy = <T>(value: T): T => structuredClone(value);
const stamp = <T extends Resource & { id: string }>(resource: T, versionId: number, now: Date) =>
  ({ ...copy(resource), meta: { versionId: String(versionId), lastUpdated: now.toISOString() } }) as unknown as Stored<T>;

/** A read-only view: the committed tables, with a transaction's own writes on top. */
function readsOf(
  view: { get(key: string): AnyStored | undefined; values(): AnyStored[]; identifier(key: string): string | undefined },
  sessions: Map<string, BookingSession>,
  locks: Map<string, { failures: number; lockedUntil?: Date }>,
  seed: () => BookingSeed,
): BookingReads {
  const ofType = <T extends BookingResource>(type: string) => view.values().filter((r) => r.resourceType === type) as Stored<T>[];
  return {
    read: async <T extends BookingResource>(type: T['resourceType'], id: string) => {
      const found = view.get(keyOf(type, id));
      return found ? (copy(found) as Stored<T>) : undefined;
    },
    async freeSlotsOf(serviceId, after) {
      const schedules = new Set(
        ofType<Schedule>('Schedule')
          .filter((s) => s.actor.some((a) => a.reference === `HealthcareService/${serviceId}`))
          .map((s) => `Schedule/${s.id}`),
      );
      return ofType<Slot>('Slot')
        .filter((slot) => schedules.has(slot.schedule.reference ?? '') && slot.status === 'free' && slot.start > after.toISOString())
        .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
        .map(copy);
    },
    servicesOf: async (ods) => ofType<HealthcareService>('HealthcareService').filter((s) => s.providedBy?.reference === `Organization/${ods}`).map(copy),
    appointmentsOf: async (referralId) =>
      ofType<Appointment>('Appointment')
        .filter((a) => a.basedOn?.[0]?.reference === `ServiceRequest/${referralId}`)
        .map(copy),
    async appointmentWith(system, value) {
      const found = view.identifier(`${system}|${value}`);
      const stored = found ? view.get(found) : undefined;
      return stored?.resourceType === 'Appointment' ? (copy(stored) as Stored<Appointment>) : undefined;
    },
    async referralAccess(ubrn) {
      const found = seed().referrals.find((r) => r.ubrn === ubrn);
      return found ? { referralId: found.referralId, yearOfBirth: found.yearOfBirth, asksYearOfBirth: found.asksYearOfBirth } : undefined;
    },
    passwordMatches: async (referralId, password) => seed().referrals.some((r) => r.referralId === referralId && r.password === password),
    registeredPatients: async (ods): Promise<RegisteredPatient[]> => seed().registered[ods] ?? [],
    session: async (token) => sessions.get(token),
    signInLockedUntil: async (key) => locks.get(key)?.lockedUntil,
  };
}

export function memoryBookingStore(seed: BookingSeed, now: Date): MemoryBookingStore {
  const tables: Tables = { resources: new Map(), identifiers: new Map() };
  for (const resource of seed.resources) {
    tables.resources.set(keyOf(resource.resourceType, resource.id), stamp(resource, 1, now));
    if (resource.resourceType === 'Appointment') {
      for (const i of resource.identifier ?? []) tables.identifiers.set(`${i.system}|${i.value}`, keyOf('Appointment', resource.id));
    }
  }
  const sessions = new Map<string, BookingSession>();
  const locks = new Map<string, { failures: number; lockedUntil?: Date }>(seed.locks.map((l) => [l.key, { failures: 0, lockedUntil: l.until }]));
  const committed = {
    get: (key: string) => tables.resources.get(key),
    values: () => [...tables.resources.values()],
    identifier: (key: string) => tables.identifiers.get(key),
  };
  const reads = readsOf(committed, sessions, locks, () => seed);
  // Transactions take turns: each waits for the one before to end.
  let turn: Promise<unknown> = Promise.resolve();

  function transactionOver(): { tx: BookingTransaction; commit(): void } {
    const written = new Map<string, AnyStored>();
    const claimed = new Map<string, string>();
    const view = {
      get: (key: string) => written.get(key) ?? tables.resources.get(key),
      values: () => [...new Map([...tables.resources, ...written]).values()],
      identifier: (key: string) => claimed.get(key) ?? tables.identifiers.get(key),
    };
    const tx: BookingTransaction = {
      ...readsOf(view, sessions, locks, () => seed),
      lock: async () => undefined, // transactions already take turns
      async claimIdentifier(system, value, type, id) {
        const key = `${system}|${value}`;
        if (view.identifier(key)) return false;
        claimed.set(key, keyOf(type, id));
        return true;
      },
      async create(resource, at) {
        const stored = stamp(resource, 1, at);
        written.set(keyOf(resource.resourceType, resource.id), stored as AnyStored);
        return copy(stored);
      },
      async update(resource, at, ifMatch) {
        const key = keyOf(resource.resourceType, resource.id);
        const current = view.get(key);
        if (!current || (ifMatch !== undefined && current.meta.versionId !== ifMatch)) return undefined;
        const { meta: _meta, ...content } = resource as typeof resource & { meta?: unknown };
        const stored = stamp(content as typeof resource, Number(current.meta.versionId) + 1, at);
        written.set(key, stored as AnyStored);
        return copy(stored);
      },
      audit: async () => undefined,
    };
    return {
      tx,
      commit() {
        for (const [key, value] of written) tables.resources.set(key, value);
        for (const [key, value] of claimed) tables.identifiers.set(key, value);
      },
    };
  }

  return {
    ...reads,
    audit: async () => undefined,
    startSession: async (token, session) => void sessions.set(token, session),
    endSession: async (token) => void sessions.delete(token),
    async countFailedSignIn(key) {
      const entry = locks.get(key) ?? { failures: 0 };
      entry.failures += 1;
      locks.set(key, entry);
      return entry.failures;
    },
    lockSignIn: async (key, until) => void locks.set(key, { failures: 0, lockedUntil: until }),
    clearSignIn: async (key) => void locks.delete(key),
    transaction<T>(work: (tx: BookingTransaction) => Promise<T>): Promise<T> {
      const run = turn.then(async () => {
        const { tx, commit } = transactionOver();
        const result = await work(tx);
        commit();
        return result;
      });
      turn = run.catch(() => undefined);
      return run;
    },
    resource: <T extends BookingResource>(type: T['resourceType'], id: string) => {
      const found = tables.resources.get(keyOf(type, id));
      return found ? (copy(found) as Stored<T>) : undefined;
    },
    all: <T extends BookingResource>(type: T['resourceType']) => [...tables.resources.values()].filter((r) => r.resourceType === type).map((r) => copy(r) as Stored<T>),
    alter(type, id, change) {
      const found = tables.resources.get(keyOf(type, id));
      if (found) tables.resources.set(keyOf(type, id), { ...found, ...change } as AnyStored);
    },
  };
}
