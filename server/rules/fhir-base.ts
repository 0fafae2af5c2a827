import { bookingTransaction } from './booking/book';
import type { BookingRulesStore } from './booking/store';
import type { Answer } from './outcome';
import { submitRequestTransaction, type RequestRulesStore } from './requests';

/**
 * `POST` to the FHIR base: a transaction Bundle. One that creates or changes an
 * Appointment is a booking (./booking/book.ts); any other is an online request
 * (./requests.ts), which also answers what is not a transaction at all.
 */
export async function postTransaction(
  stores: { requests: RequestRulesStore; booking: BookingRulesStore },
  body: unknown,
  authorization: string | undefined,
  now: Date,
): Promise<Answer> {
  const entries = (body as { resourceType?: unknown; type?: unknown; entry?: unknown } | null)?.entry;
  const isTransaction = (body as { resourceType?: unknown } | null)?.resourceType === 'Bundle' && (body as { type?: unknown }).type === 'transaction';
  const booking = isTransaction && Array.isArray(entries) && entries.some((e) => (e as { resource?: { resourceType?: unknown } } | null)?.resource?.resourceType === 'Appointment');
  if (booking) return bookingTransaction(stores.booking, body as { entry?: unknown }, authorization, now);
  return submitRequestTransaction(stores.requests, body, now);
}
