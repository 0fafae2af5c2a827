import type { Address, HealthcareService, Location, Schedule, ServiceRequest, Slot } from 'fhir/r4';
import { contactModeCoding, EXTENSION, NHS_NUMBER_SYSTEM, UBRN_SYSTEM, type ContactMode } from '../../../src/domain/booking';
import { addDays, londonInstant, londonWallClock, minutesFromHHMM, weekdayOf } from '../../../src/domain/time/london';
import { bookedAppointment } from '../booking/appointment';
import type { RegisteredPatient } from '../booking/registered-patients';
import { LOCK_MINUTES } from '../booking/sessions';
import type { BookingResource } from '../booking/store';
import { seedPractices } from './practices';
import { seededReferrals, seededServices, type SeededReferral, type SeededService, type SlotPlan } from './referrals';
import { registeredPatients } from './registered-patients';

/*
 * The fictional booking world (docs/booking-api.md, "Seeded test data"), made relative
 * to `now` so that "tomorrow" is always tomorrow: hospital services and their slots,
 * the practices' kinds of appointment, referrals with their shortlists (ServiceRequest
 * .performer), a few bookings already made. Both the server and the mock load it.
 */

export interface ReferralSecret {
  referralId: string;
  ubrn: string;
  password: string;
  yearOfBirth: number;
  asksYearOfBirth: boolean;
}

export interface BookingSeed {
  resources: (BookingResource & { id: string })[];
  referrals: ReferralSecret[];
  registered: Record<string, RegisteredPatient[]>;
  /** Sign-ins locked from the start (the seeded locked referral). */
  locks: { key: string; until: Date }[];
}

/** Practices that take online appointment bookings, and the practice appointments seeded already booked. */
const PRACTICES = [
  { ods: 'Y99001', name: 'Riverside Medical Practice' },
  { ods: 'Y99004', name: 'Harbour Street Surgery' },
];
const SEEDED_PRACTICE_BOOKINGS = [
  { serviceId: 'Y99001-phone', reference: 'RV4K7PQ2', name: 'Chris Notreal', birthDate: '1985-06-14', nhsNumber: '9990001014' },
  { serviceId: 'Y99004-face-to-face', reference: 'HS9T3WXC', name: 'Dana Imaginary', birthDate: '1972-11-03', nhsNumber: '9990001049' },
];
const SEEDED_REFERRAL_BOOKING_REFERENCE = 'HB7K2M9P';

const HOSPITAL_TIMES = { times: ['09:00', '09:40', '10:20', '11:00', '14:00', '14:40', '15:20'], minutes: 40 };
const PRACTICE_TIMES: Record<ContactMode, { times: string[]; minutes: number }> = {
  phone: { times: ['08:30', '08:40', '09:00', '11:00', '11:10', '16:00', '16:10'], minutes: 10 },
  video: { times: ['10:00', '10:15', '15:00', '15:15'], minutes: 15 },
  'face-to-face': { times: ['09:00', '09:15', '09:30', '14:00', '14:15', '14:30'], minutes: 15 },
};

type WithId<T> = T & { id: string };

export function seedBooking(now: Date): BookingSeed {
  const services = new Map<string, WithId<HealthcareService>>();
  const schedules: WithId<Schedule>[] = [];
  const slots: WithId<Slot>[] = [];
  const referrals: WithId<ServiceRequest>[] = [];
  const appointments: BookingResource[] = [];
  const locks: BookingSeed['locks'] = [];
  const addresses = new Map(seedPractices(now).map((p) => [p.ods, p.address]));
  const today = londonWallClock(now).date;

  const addService = (service: WithId<HealthcareService>, mode: ContactMode | undefined, planned: PlannedSlot[]) => {
    services.set(service.id, service);
    schedules.push({ resourceType: 'Schedule', id: `schedule-${service.id}`, active: true, actor: [{ reference: `HealthcareService/${service.id}`, display: service.name }] });
    for (const p of planned) {
      slots.push({
        resourceType: 'Slot',
        id: p.id,
        schedule: { reference: `Schedule/schedule-${service.id}` },
        status: p.free ? 'free' : 'busy',
        start: p.start.toISOString(),
        end: p.end.toISOString(),
        ...(mode ? { serviceType: contactModeCoding(mode) } : {}),
      });
    }
  };
  /** Books the second free slot of a service (the first stays free for the tests to take). */
  const book = (serviceId: string, reference: string, extra: Pick<Parameters<typeof bookedAppointment>[0], 'referral' | 'patient' | 'reason'>) => {
    const slot = slots
      .filter((s) => s.schedule.reference === `Schedule/schedule-${serviceId}` && s.status === 'free' && Date.parse(s.start) > now.getTime())
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[1];
    const service = services.get(serviceId);
    if (!slot || !service) throw new Error(`seed: no free slot to book in ${serviceId}`);
    slot.status = 'busy';
    appointments.push(bookedAppointment({ id: `appointment-${appointments.length + 1}`, reference, slot, service, now, ...extra }));
  };

  for (const seed of seededServices) addService(hospitalService(seed), undefined, slotsFor(seed.id, addDays(today, 1), 21, HOSPITAL_TIMES, seed.slots));
  for (const practice of PRACTICES) {
    for (const mode of ['phone', 'video', 'face-to-face'] as const) {
      const id = `${practice.ods}-${mode}`;
      addService(practiceService(id, practice, mode, addresses.get(practice.ods)), mode, slotsFor(id, today, 10, PRACTICE_TIMES[mode], 'plenty'));
    }
  }
  for (const seed of seededReferrals) {
    const referral = serviceRequest(seed, now, services);
    referrals.push(referral);
    if (seed.locked) locks.push({ key: seed.id, until: new Date(now.getTime() + LOCK_MINUTES * 60_000) });
    const first = seed.shortlist[0];
    if (seed.alreadyBooked && first) book(first, SEEDED_REFERRAL_BOOKING_REFERENCE, { referral });
  }
  for (const seeded of SEEDED_PRACTICE_BOOKINGS) {
    const patient = {
      resourceType: 'Patient' as const,
      id: 'patient' as const,
      name: [{ text: seeded.name }],
      birthDate: seeded.birthDate,
      identifier: [{ system: NHS_NUMBER_SYSTEM, value: seeded.nhsNumber }],
    };
    book(seeded.serviceId, seeded.reference, { patient });
  }
  return {
    resources: [...services.values(), ...schedules, ...slots, ...referrals, ...(appointments as WithId<BookingResource>[])],
    referrals: seededReferrals.map((r) => ({ referralId: r.id, ubrn: r.ubrn, password: r.password, yearOfBirth: r.yearOfBirth, asksYearOfBirth: r.asksYearOfBirth ?? false })),
    registered: Object.fromEntries(Object.entries(registeredPatients).map(([ods, list]) => [ods, [...list]])),
    locks,
  };
}

interface PlannedSlot {
  id: string;
  start: Date;
  end: Date;
  free: boolean;
}

/** Weekday slots at London wall times, so a 09:00 clinic is at 09:00 on both sides of a clock change. */
function slotsFor(serviceId: string, firstDay: string, days: number, plan: { times: string[]; minutes: number }, kind: SlotPlan): PlannedSlot[] {
  const planned: PlannedSlot[] = [];
  for (let day = 0; day < days; day++) {
    const date = addDays(firstDay, day);
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) continue;
    plan.times.forEach((time, index) => {
      const start = londonInstant(date, minutesFromHHMM(time));
      const free = kind === 'plenty' ? (day * 7 + index) % 3 !== 0 : false;
      planned.push({ id: `${serviceId}-${date.replace(/-/g, '')}-${time.replace(':', '')}`, start, end: new Date(start.getTime() + plan.minutes * 60_000), free });
    });
  }
  // The race: only one slot of the whole schedule is left, a few days out.
  const last = planned[Math.min(4, planned.length - 1)];
  if (kind === 'last-slot' && last) last.free = true;
  return planned;
}

/** Where a service is: a Location carried inside it. */
const location = (address: Address): Location => ({ resourceType: 'Location', id: 'location', address });

function hospitalService(seed: SeededService): WithId<HealthcareService> {
  return {
    resourceType: 'HealthcareService',
    id: seed.id,
    active: true,
    name: seed.name,
    providedBy: { display: seed.provider },
    specialty: [{ text: seed.specialty }],
    contained: [location(seed.address)],
    location: [{ reference: '#location' }],
    extraDetails: seed.accessNotes,
    extension: [
      { url: EXTENSION.distanceMiles, valueDecimal: seed.distanceMiles },
      { url: EXTENSION.typicalWaitWeeks, valueDuration: { value: seed.typicalWaitWeeks, unit: 'weeks', system: 'http://unitsofmeasure.org', code: 'wk' } },
    ],
  };
}

/** A practice's kind of appointment, at the practice's own address (where face-to-face patients go). */
function practiceService(id: string, practice: { ods: string; name: string }, mode: ContactMode, address?: { lines: string[]; town: string; postcode: string }): WithId<HealthcareService> {
  return {
    resourceType: 'HealthcareService',
    id,
    active: true,
    name: practice.name,
    providedBy: { reference: `Organization/${practice.ods}`, display: practice.name },
    type: contactModeCoding(mode),
    ...(address
      ? {
          contained: [location({ line: address.lines, city: address.town, postalCode: address.postcode })],
          location: [{ reference: '#location' }],
        }
      : {}),
  };
}

function serviceRequest(seed: SeededReferral, now: Date, services: ReadonlyMap<string, HealthcareService>): WithId<ServiceRequest> {
  const day = 86_400_000;
  return {
    resourceType: 'ServiceRequest',
    id: seed.id,
    identifier: [{ system: UBRN_SYSTEM, value: seed.ubrn }],
    status: 'active',
    intent: 'order',
    priority: seed.priority === 'routine' ? 'routine' : 'urgent',
    extension: [{ url: EXTENSION.referralPriority, valueCode: seed.priority }],
    code: { text: seed.specialty },
    subject: { display: seed.patientName, identifier: { system: NHS_NUMBER_SYSTEM, value: seed.nhsNumber } },
    requester: { reference: `Organization/${seed.referringOds}`, display: seed.referringName },
    // The shortlist: the services the GP chose, for the patient to pick from.
    performer: seed.shortlist.map((id) => ({ reference: `HealthcareService/${id}`, display: services.get(id)?.name })),
    authoredOn: new Date(now.getTime() - 20 * day).toISOString(),
    occurrencePeriod: {
      start: new Date(now.getTime() - 20 * day).toISOString(),
      end: new Date(now.getTime() + seed.expiresInDays * day).toISOString(),
    },
  };
}
