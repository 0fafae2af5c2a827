import * as v from 'valibot';
import { ApiError, apiRequest, NetworkError } from '../../../platform/api/client';
import { bookingApi } from '../../../domain/booking/api-paths';
import { readBookingProblem, type BookingProblem } from '../../../domain/booking/booking-issues';
import { AppointmentSchema, bundleOf, HealthcareServiceSchema, ServiceRequestSchema, SlotSchema, type Appointment } from '../../../domain/booking/fhir-schemas';
import type { AppointmentChange, AppointmentRequest, FindPracticeAppointment, ReferralSignIn } from '../../../domain/booking/requests';

/**
 * The booking API over HTTP (docs/booking-api.md), for both journeys. The one impure
 * file of the engine: everything else here is pure. Answers are checked against the
 * shared schemas before the pages trust them; every failure becomes a BookingProblem
 * the engine knows, so a page never shows a raw error.
 */

const SessionSchema = v.object({ token: v.string(), expiresAt: v.string() });
const SignInAnswer = v.object({ session: SessionSchema, serviceRequest: ServiceRequestSchema, appointment: v.optional(AppointmentSchema) });
const FindAnswer = v.object({ session: SessionSchema, appointment: AppointmentSchema, ods: v.string() });
const ServicesBundle = bundleOf(HealthcareServiceSchema);
const SlotsBundle = bundleOf(SlotSchema);

/**
 * What went wrong, as the engine's problem. No answer at all (offline, timeout) and an
 * answer the schemas refuse are both 'unknown': the page says to try again.
 */
export function problemOf(error: unknown): BookingProblem {
  if (error instanceof ApiError) return readBookingProblem(error.issues);
  return { issue: 'unknown' };
}

export const isNetworkFailure = (error: unknown) => error instanceof NetworkError;

const bearer = (token?: string): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

export async function signInToReferral(body: ReferralSignIn) {
  return v.parse(SignInAnswer, await apiRequest<unknown>(bookingApi.referralSignIn, { method: 'POST', body }));
}

export async function findPracticeAppointment(ods: string, body: FindPracticeAppointment) {
  return v.parse(FindAnswer, await apiRequest<unknown>(bookingApi.findPracticeAppointment(ods), { method: 'POST', body }));
}

export async function fetchShortlist(serviceRequestId: string, token?: string, signal?: AbortSignal) {
  const bundle = v.parse(ServicesBundle, await apiRequest<unknown>(bookingApi.shortlist(serviceRequestId), { headers: bearer(token), signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export async function fetchPracticeServices(ods: string, signal?: AbortSignal) {
  const bundle = v.parse(ServicesBundle, await apiRequest<unknown>(bookingApi.practiceServices(ods), { signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export async function fetchFreeSlots(serviceId: string, token?: string, signal?: AbortSignal) {
  const bundle = v.parse(SlotsBundle, await apiRequest<unknown>(bookingApi.serviceSlots(serviceId), { headers: bearer(token), signal }));
  return (bundle.entry ?? []).map((e) => e.resource);
}

export async function bookAppointment(request: AppointmentRequest, idempotencyKey: string, token?: string): Promise<Appointment> {
  const answer = await apiRequest<unknown>(bookingApi.appointments, {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey, ...bearer(token) },
  });
  return v.parse(AppointmentSchema, answer);
}

export async function changeAppointment(id: string, change: AppointmentChange, token?: string): Promise<Appointment> {
  return v.parse(AppointmentSchema, await apiRequest<unknown>(bookingApi.appointment(id), { method: 'PATCH', body: change, headers: bearer(token) }));
}

export async function deferReferralToProvider(token?: string) {
  return v.parse(ServiceRequestSchema, await apiRequest<unknown>(bookingApi.referralSlotIssue, { method: 'POST', headers: bearer(token) }));
}
