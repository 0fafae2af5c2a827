import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { AppointmentSchema } from '../../../domain/booking';
import { bearer } from './booking-problem';
import { bookingKeys, SESSION_GC_TIME, type JourneyScope } from './booking-keys';

/**
 * `GET fhir/Appointment/{id}` (Bearer): the booking the patient holds. Sign-in and every
 * write put their answer here first; with a session it is read again when stale. A
 * practice booking made without signing in has no session, so it is never fetched: the
 * booking's own answer is all there is, and it stays on screen offline.
 */
export async function getAppointment(id: string, token: string, signal?: AbortSignal) {
  return v.parse(AppointmentSchema, await apiRequest<unknown>(`fhir/Appointment/${encodeURIComponent(id)}`, { headers: bearer(token), signal }));
}

export const appointmentQuery = (scope: JourneyScope, id: string, token: string | undefined) =>
  queryOptions({
    queryKey: bookingKeys.appointment(scope, id),
    queryFn: token ? ({ signal }) => getAppointment(id, token, signal) : skipToken,
    gcTime: SESSION_GC_TIME,
    // Shown offline as it was; coming back online is not a reason to send anything.
    refetchOnReconnect: false,
  });

export function useHeldAppointment(scope: JourneyScope, id: string | undefined, token: string | undefined) {
  return useQuery({ ...appointmentQuery(scope, id ?? '', token), enabled: id !== undefined });
}
