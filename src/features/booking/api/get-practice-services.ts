import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { bundleOf, HealthcareServiceSchema } from '../../../domain/booking';
import { bookingKeys, SESSION_GC_TIME } from './booking-keys';

/**
 * `GET fhir/HealthcareService?organization=Organization/{ods}`: a practice's kinds of
 * appointment (phone, video, face to face). The reference is typed, the form every FHIR
 * server matches (Medplum's in-memory engine matches no bare id: tests/contract).
 */
const ServicesBundle = bundleOf(HealthcareServiceSchema);

export async function getPracticeServices(ods: string, signal?: AbortSignal) {
  const path = `fhir/HealthcareService?organization=${encodeURIComponent(`Organization/${ods}`)}`;
  const bundle = v.parse(ServicesBundle, await apiRequest<unknown>(path, { signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export const practiceServicesQuery = (ods: string) =>
  queryOptions({
    queryKey: bookingKeys.practiceServices(ods),
    queryFn: ({ signal }) => getPracticeServices(ods, signal),
    gcTime: SESSION_GC_TIME,
    refetchOnReconnect: false,
  });

export function usePracticeServices(ods: string | undefined) {
  return useQuery({ ...practiceServicesQuery(ods ?? ''), enabled: ods !== undefined });
}
