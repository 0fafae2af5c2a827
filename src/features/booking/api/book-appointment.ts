import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { AppointmentSchema, type Appointment, type AppointmentRequest, type BookingPatient, type Slot } from '../../../domain/booking';
import { bearer, problemOf } from './booking-problem';
import { bookingKeys, NEVER_QUEUED, type JourneyScope } from './booking-keys';

/**
 * `POST fhir/Appointment` with an `Idempotency-Key`: book one free slot. The key is made
 * and sent here, and nowhere else: a fresh key for each booking the patient asks for,
 * the same key when they ask for the very same booking again (Try again after no answer,
 * a double tap), so a resend whose first try did land books once and answers the same.
 */
export async function bookAppointment(request: AppointmentRequest, idempotencyKey: string, token: string | undefined): Promise<Appointment> {
  const answer = await apiRequest<unknown>('fhir/Appointment', {
    method: 'POST',
    body: request,
    headers: { 'Idempotency-Key': idempotencyKey, ...bearer(token) },
  });
  return v.parse(AppointmentSchema, answer);
}

export interface BookingWish {
  slot: Slot;
  serviceId: string;
  token?: string;
  /** A referral's ServiceRequest id: the booking is for that referral. */
  referralId?: string;
  /** Who a practice appointment is for, and what for. */
  patient?: BookingPatient;
  reason?: string;
}

export function appointmentRequestFor(wish: BookingWish): AppointmentRequest {
  return {
    resourceType: 'Appointment',
    status: 'booked',
    slot: [{ reference: `Slot/${wish.slot.id}` }],
    ...(wish.referralId ? { basedOn: [{ reference: `ServiceRequest/${wish.referralId}` }] } : {}),
    ...(wish.patient ? { contained: [wish.patient] } : {}),
    ...(wish.reason ? { reasonCode: [{ text: wish.reason }] } : {}),
  };
}

type Variables = BookingWish & { request: AppointmentRequest; idempotencyKey: string };
type Config = Pick<UseMutationOptions<Appointment, Error, Variables>, 'onSuccess'>;

export function useBookAppointment(scope: JourneyScope, mutationConfig: Config = {}) {
  const queryClient = useQueryClient();
  const lastAsked = useRef<{ body: string; key: string } | null>(null);
  const mutation = useMutation({
    mutationFn: ({ request, idempotencyKey, token }: Variables) => bookAppointment(request, idempotencyKey, token),
    ...NEVER_QUEUED,
    onError: (error, { serviceId }) => {
      // Taken meanwhile: forget the old list, so the page shows only what is free now.
      if (problemOf(error).issue === 'slot-taken') void queryClient.resetQueries({ queryKey: bookingKeys.slots(scope, serviceId) });
    },
    ...mutationConfig,
  });

  const book = (wish: BookingWish, options?: Parameters<typeof mutation.mutate>[1]) => {
    if (mutation.isPending) return; // a double tap sends once
    const request = appointmentRequestFor(wish);
    const body = JSON.stringify(request);
    if (lastAsked.current?.body !== body) lastAsked.current = { body, key: crypto.randomUUID() };
    mutation.mutate({ ...wish, request, idempotencyKey: lastAsked.current.key }, options);
  };
  return { ...mutation, book };
}
