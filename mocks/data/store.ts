import * as v from 'valibot';
import { PracticeSettingsSchema, type PracticeSettings } from '../../src/domain/practice/practice-settings';
import { seedPractices } from '../../server/rules/seed/practices';
import { seedBooking } from '../../server/rules/seed/booking';
import { memoryQuestionnaires, type QuestionnaireRulesStore } from '../../server/rules/questionnaires';
import { TRIAGE_CONTENT_VERSION } from '../../src/content/triage';
import { memoryBookingStore, type MemoryBookingStore } from './booking-store';
import { createNhsAppCounts } from './nhs-app-counts';
import type { CountRulesStore } from '../../server/rules/nhs-app-counts';
import { createRequestsStore, type RequestsStore } from './requests-store';
import { seedPracticeArea, type PracticeAreaStore } from './practice-area-store';

/** A clock the tests can stop at a chosen moment ("now"). */
export interface MockClock {
  now(): Date;
  set(instant: Date | null): void;
}

export function createClock(): MockClock {
  let fixed: Date | null = null;
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    set: (instant) => {
      fixed = instant;
    },
  };
}

/** The mock practice backend's memory: seeded afresh on `reset()`. */
export interface MockStore {
  clock: MockClock;
  practices: Map<string, PracticeSettings>;
  /** Referrals, services, slots and appointments (journeys 4 and 5). */
  booking: MemoryBookingStore;
  /** The published Questionnaires the requests' answers point at. */
  questionnaires: QuestionnaireRulesStore;
  /** Aggregate NHS App link opens and nudges (journeys 6 and 7). */
  nhsAppCounts: CountRulesStore;
  /** Online requests received, once per client id (journey 2). */
  requests: RequestsStore;
  /** Staff, sessions and requests as the practice area sees them (docs/practice-area-api.md). */
  practiceArea: PracticeAreaStore;
  reset(): void;
}

export function createStore(clock: MockClock = createClock()): MockStore {
  const store: MockStore = {
    clock,
    practices: new Map(),
    booking: memoryBookingStore(seedBooking(clock.now()), clock.now()),
    questionnaires: memoryQuestionnaires(TRIAGE_CONTENT_VERSION),
    nhsAppCounts: createNhsAppCounts(clock.now(), () => false),
    requests: createRequestsStore(new Map()),
    practiceArea: seedPracticeArea(clock.now(), new Map()),
    reset() {
      store.practices.clear();
      for (const practice of seedPractices(clock.now())) {
        // The seed goes through the same schema the app trusts, so bad seed data fails loudly.
        store.practices.set(practice.ods, v.parse(PracticeSettingsSchema, practice));
      }
      store.booking = memoryBookingStore(seedBooking(clock.now()), clock.now());
      store.nhsAppCounts = createNhsAppCounts(clock.now(), (ods) => store.practices.has(ods));
      store.requests = createRequestsStore(store.practices);
      store.practiceArea = seedPracticeArea(clock.now(), store.practices);
    },
  };
  store.reset();
  return store;
}
