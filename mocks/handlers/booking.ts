import { http } from 'msw';
import { findPracticeAppointment, patchAppointment, readAppointment } from '../../server/rules/booking/appointments';
import { searchServices, searchSlots } from '../../server/rules/booking/services';
import { deferReferral, signInToReferral } from '../../server/rules/booking/referrals';
import type { MockStore } from '../data/store';
import { answer, readJson } from './responses';

/*
 * Booking (journeys 4 and 5): the rules are the server's own (server/rules/booking), the
 * store is in memory. Booking and changing are transactions posted to the FHIR base
 * (./requests.ts); here are the searches, reading and cancelling, sign-in and finding.
 */
const params = (request: Request) => {
  const search = new URL(request.url).searchParams;
  return (name: string) => search.get(name) ?? undefined;
};
const authorization = (request: Request) => request.headers.get('Authorization') ?? undefined;

export function bookingHandlers(store: MockStore) {
  return [
    http.get('*/api/fhir/HealthcareService', async ({ request }) =>
      answer(await searchServices(store.booking, params(request), authorization(request), store.clock.now())),
    ),
    http.get('*/api/fhir/Slot', async ({ request }) => answer(await searchSlots(store.booking, params(request), authorization(request), store.clock.now()))),
    http.get('*/api/fhir/Appointment/:id', async ({ request, params: path }) =>
      answer(await readAppointment(store.booking, String(path.id), authorization(request), store.clock.now())),
    ),
    http.patch('*/api/fhir/Appointment/:id', async ({ request, params: path }) => {
      const body = await readJson(request);
      const sent = { contentType: request.headers.get('Content-Type') ?? undefined, ifMatch: request.headers.get('If-Match') ?? undefined, authorization: authorization(request), body };
      return answer(await patchAppointment(store.booking, String(path.id), sent, store.clock.now()));
    }),
    http.post('*/api/referrals/sign-in', async ({ request }) => answer(await signInToReferral(store.booking, await readJson(request), store.clock.now()))),
    http.post('*/api/referrals/slot-issue', async ({ request }) => answer(await deferReferral(store.booking, authorization(request), store.clock.now()))),
    http.post('*/api/practices/:ods/appointments/find', async ({ request, params: path }) =>
      answer(await findPracticeAppointment(store.booking, String(path.ods), await readJson(request), store.clock.now())),
    ),
  ];
}
