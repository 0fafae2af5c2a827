import type { APIRequestContext, Route } from '@playwright/test';
import type { Appointment as R4Appointment, Bundle } from 'fhir/r4';
import { bookingTransaction, type BookingPatient, type ServiceRequest, type Slot } from '../../src/domain/booking';

/*
 * Booking straight through the API, as the app does it (a transaction: the Appointment and
 * its Slot taken), for the specs that play a second patient or a tampered request.
 */

/** A free slot as the backend lists it (with the version a booking names in If-Match). */
export async function freeSlot(request: APIRequestContext, search: string, slotId?: string, token?: string): Promise<Slot> {
  const answer = await request.get(`/api/fhir/Slot?status=free&${search}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const slots = ((await answer.json()) as { entry?: { resource: Slot }[] }).entry?.map((e) => e.resource) ?? [];
  const slot = slotId ? slots.find((s) => s.id === slotId) : slots[0];
  if (!slot) throw new Error(`no free slot ${slotId ?? ''} for ${search}`);
  return slot;
}

let made = 0;
/** A fresh booking id, as the app makes one for each booking the patient asks for. */
export const newBookingId = () => `e2e0b00c-0000-4000-8000-${String(Date.now() % 1e9).padStart(9, '0')}${String(++made).padStart(3, '0')}`;

export function bookOverApi(
  request: APIRequestContext,
  wish: { slot: Slot; serviceId: string; token?: string; referral?: ServiceRequest; patient?: BookingPatient; reason?: string },
) {
  const { token, serviceId, ...rest } = wish;
  return request.post('/api/fhir', {
    headers: { 'Content-Type': 'application/fhir+json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    data: bookingTransaction({ ...rest, service: { id: serviceId, name: serviceId }, requestId: newBookingId() }),
  });
}

/** Route handler: the booking the app sends names a slot that does not exist (an id changed in the request itself). */
export async function toSlotThatDoesNotExist(route: Route) {
  const bundle = route.request().postDataJSON() as Bundle;
  for (const entry of bundle.entry ?? []) {
    if (entry.resource?.resourceType === 'Appointment') (entry.resource as R4Appointment).slot = [{ reference: 'Slot/not-a-real-slot' }];
    if (entry.resource?.resourceType === 'Slot') {
      entry.resource.id = 'not-a-real-slot';
      if (entry.request) entry.request.url = 'Slot/not-a-real-slot';
    }
  }
  await route.continue({ postData: JSON.stringify(bundle) });
}
