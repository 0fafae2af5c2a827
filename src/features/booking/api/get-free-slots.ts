import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { bundleOf, SlotSchema } from '../../../domain/booking';
import { bearer } from './booking-problem';
import { bookingKeys, SESSION_GC_TIME, type JourneyScope } from './booking-keys';

/** `GET fhir/Slot?status=free&schedule.actor=HealthcareService/…` (Bearer for hospital services). */
const SlotsBundle = bundleOf(SlotSchema);

export async function getFreeSlots(serviceId: string, token: string | undefined, signal?: AbortSignal) {
  const path = `fhir/Slot?status=free&schedule.actor=${encodeURIComponent(`HealthcareService/${serviceId}`)}`;
  const bundle = v.parse(SlotsBundle, await apiRequest<unknown>(path, { headers: bearer(token), signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export const freeSlotsQuery = (scope: JourneyScope, serviceId: string, token: string | undefined) =>
  queryOptions({
    queryKey: bookingKeys.slots(scope, serviceId),
    queryFn: ({ signal }) => getFreeSlots(serviceId, token, signal),
    // Live data: read afresh each time a service is opened after half a minute, and on
    // reconnecting; not when the window regains focus, so the confirm page stays put.
    staleTime: 30_000,
    gcTime: SESSION_GC_TIME,
    refetchOnWindowFocus: false,
  });

export function useFreeSlots(scope: JourneyScope, serviceId: string | undefined, token: string | undefined) {
  return useQuery({ ...freeSlotsQuery(scope, serviceId ?? '', token), enabled: serviceId !== undefined });
}
