import type { HealthcareService, Schedule, ServiceRequest } from 'fhir/r4';
import * as v from 'valibot';
import { CONTACT_MODE_SYSTEM, ContactModeSchema, EXTENSION, FhirIdSchema, type ContactMode } from '../../../src/domain/booking';
import { ok, type Answer } from '../outcome';
import { searchset } from './answers';
import { bookingProblem, invalidRequest } from './problems';
import { sessionFrom } from './sessions';
import type { BookingReads, BookingRulesStore, BookingSession, Stored } from './store';

/*
 * Finding what can be booked: a referral's shortlist or a practice's kinds of
 * appointment (HealthcareService), and their free times (Slot). Hospital services and
 * their slots are only for the patient whose referral lists them.
 */

/** A search's parameters, as the HTTP layer read them (the first value of each). */
export type SearchParams = (name: string) => string | undefined;

/** The practice (ODS code) and contact mode of a practice's own service; undefined for a hospital's. */
export function practiceOf(service: HealthcareService): { ods: string; mode: ContactMode } | undefined {
  const ods = service.providedBy?.reference?.match(/^Organization\/([A-Z0-9]+)$/)?.[1];
  const mode = service.type?.flatMap((t) => t.coding ?? []).find((c) => c.system === CONTACT_MODE_SYSTEM)?.code;
  return ods && v.is(ContactModeSchema, mode) ? { ods, mode } : undefined;
}

/** The services a referral's GP put on its shortlist (ServiceRequest.performer). */
export const shortlistOf = (referral: ServiceRequest): string[] =>
  (referral.performer ?? []).flatMap((p) => p.reference?.match(/^HealthcareService\/(.+)$/)?.[1] ?? []);

/** Who may book a service's slots: a referral's patient (its shortlist) or anyone at a practice. */
export type Offer = { kind: 'referral'; referral: Stored<ServiceRequest> } | { kind: 'practice'; ods: string };

export async function offerFor(store: BookingReads, session: BookingSession | undefined, service: HealthcareService): Promise<Offer | undefined> {
  const practice = practiceOf(service);
  if (practice) return { kind: 'practice', ods: practice.ods };
  if (session?.kind !== 'referral') return undefined;
  const referral = await store.read<ServiceRequest>('ServiceRequest', session.referralId);
  return referral && service.id && shortlistOf(referral).includes(service.id) ? { kind: 'referral', referral } : undefined;
}

/** The service whose schedule a slot is on. */
export async function serviceOfSlot(store: BookingReads, slot: { schedule: { reference?: string } }) {
  const scheduleId = slot.schedule.reference?.replace(/^Schedule\//, '') ?? '';
  const schedule = await store.read<Schedule>('Schedule', scheduleId);
  const serviceId = schedule?.actor.map((a) => a.reference ?? '').find((r) => r.startsWith('HealthcareService/'))?.slice('HealthcareService/'.length);
  return serviceId ? store.read<HealthcareService>('HealthcareService', serviceId) : undefined;
}

/** A service with its next free slot, so the shortlist can say "earliest appointment" and spot the no-slots path. */
async function withNextFreeSlot(store: BookingReads, service: Stored<HealthcareService>, now: Date): Promise<HealthcareService> {
  const [next] = await store.freeSlotsOf(service.id, now);
  if (!next) return service;
  return { ...service, extension: [...(service.extension ?? []), { url: EXTENSION.nextFreeSlot, valueDateTime: next.start }] };
}

const noBookings = () => bookingProblem(404, 'not-found', 'practice-unknown', 'This practice does not take appointment bookings online.');

/**
 * `GET HealthcareService?organization=Organization/{ods}` (a practice's kinds of
 * appointment; the bare ODS code too) or `?referral=…` (Bearer: the shortlist).
 */
export async function searchServices(store: BookingRulesStore, param: SearchParams, authorization: string | undefined, now: Date): Promise<Answer> {
  const ods = param('organization')?.replace(/^Organization\//i, '');
  if (ods !== undefined) {
    const services = await store.servicesOf(ods.toUpperCase());
    if (services.length === 0) return noBookings();
    return ok(searchset(await Promise.all(services.map((s) => withNextFreeSlot(store, s, now)))));
  }
  const referralId = param('referral');
  if (referralId === undefined || !v.is(FhirIdSchema, referralId)) return invalidRequest('Search by referral or organization.', 'referral');
  const check = await sessionFrom(store, authorization, now);
  if ('refused' in check) return check.refused;
  const referral = check.session.kind === 'referral' && check.session.referralId === referralId ? await store.read<ServiceRequest>('ServiceRequest', referralId) : undefined;
  if (!referral) return bookingProblem(403, 'forbidden', 'invalid-request', 'You can only see the shortlist of the referral you signed in with.');
  const services = [];
  for (const id of shortlistOf(referral)) {
    const service = await store.read<HealthcareService>('HealthcareService', id);
    if (service) services.push(await withNextFreeSlot(store, service, now));
  }
  return ok(searchset(services));
}

/** `GET Slot?status=free&schedule.actor=HealthcareService/…` or `?organization=…&service-type=…`: free times, earliest first. */
export async function searchSlots(store: BookingRulesStore, param: SearchParams, authorization: string | undefined, now: Date): Promise<Answer> {
  if ((param('status') ?? 'free') !== 'free') return invalidRequest('Only free slots can be searched.', 'status');
  let serviceId: string;
  const actor = param('schedule.actor');
  if (actor !== undefined) {
    serviceId = actor.replace(/^HealthcareService\//, '');
    if (!v.is(FhirIdSchema, serviceId)) return invalidRequest('That is not a service.', 'schedule.actor');
  } else {
    const mode = v.safeParse(ContactModeSchema, param('service-type'));
    if (!mode.success) return invalidRequest('Say phone, video or face-to-face.', 'service-type');
    const ods = (param('organization') ?? '').toUpperCase();
    const service = (await store.servicesOf(ods)).find((s) => practiceOf(s)?.mode === mode.output);
    if (!service) return noBookings();
    serviceId = service.id;
  }
  const service = await store.read<HealthcareService>('HealthcareService', serviceId);
  if (!service) return bookingProblem(404, 'not-found', 'practice-unknown', 'No such service takes bookings.');
  if (!practiceOf(service)) {
    // A hospital's slots are for the patient whose shortlist holds the service.
    const check = await sessionFrom(store, authorization, now);
    if ('refused' in check) return check.refused;
    if ((await offerFor(store, check.session, service))?.kind !== 'referral') {
      return bookingProblem(403, 'forbidden', 'slot-not-offered', 'That service is not on your shortlist.');
    }
  }
  return ok(searchset(await store.freeSlotsOf(serviceId, now)));
}
