import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { bundleOf, HealthcareServiceSchema } from '../../../domain/booking';
import { bearer } from './booking-problem';
import { bookingKeys, SESSION_GC_TIME, type JourneyScope } from './booking-keys';

/** `GET fhir/HealthcareService?referral=…` (Bearer): the services the GP put on the referral's shortlist. */
const ServicesBundle = bundleOf(HealthcareServiceSchema);

export async function getShortlist(referralId: string, token: string | undefined, signal?: AbortSignal) {
  const path = `fhir/HealthcareService?referral=${encodeURIComponent(referralId)}`;
  const bundle = v.parse(ServicesBundle, await apiRequest<unknown>(path, { headers: bearer(token), signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export const shortlistQuery = (scope: JourneyScope, referralId: string, token: string | undefined) =>
  queryOptions({
    queryKey: bookingKeys.shortlist(scope, referralId),
    queryFn: ({ signal }) => getShortlist(referralId, token, signal),
    gcTime: SESSION_GC_TIME,
    // Read again when the patient starts choosing (see useBookingJourney), not on every reconnect.
    refetchOnReconnect: false,
  });

export function useShortlist(scope: JourneyScope, referral: { id: string; token?: string } | undefined) {
  return useQuery({ ...shortlistQuery(scope, referral?.id ?? '', referral?.token), enabled: referral !== undefined });
}
