import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useRef } from 'react';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { wholeTransaction } from '../../../platform/api/whole-transaction';
import { AppointmentSchema, appointmentInAnswer, bookingTransaction, type Appointment, type BookingWish } from '../../../domain/booking';
import { bearer, problemOf, slotTakenIfConflict } from './booking-problem';
import { bookingKeys, NEVER_QUEUED, type JourneyScope } from './booking-keys';

/**
 * `POST fhir` (a transaction): book one free slot. The Appointment is created on a
 * condition (the app's own id for this booking, made here and nowhere else: a fresh one
 * for each booking the patient asks for, the same one when they ask for the very same
 * booking again), and its Slot is taken with If-Match on the version the patient saw.
 * A resend whose first try did land books once and answers the same; a slot taken
 * meanwhile is a 409/412, shown as "just been taken".
 */
export async function bookAppointment(wish: BookingWish, token: string | undefined): Promise<Appointment> {
  const answer = await apiRequest<unknown>('fhir', {
    method: 'POST',
    body: bookingTransaction(wish),
    contentType: 'application/fhir+json',
    headers: { Prefer: 'return=representation', ...bearer(token) },
  })
    .then(wholeTransaction)
    .catch((error: unknown) => {
      throw slotTakenIfConflict(error);
    });
  return v.parse(AppointmentSchema, appointmentInAnswer(answer));
}

export type BookingRequest = Omit<BookingWish, 'requestId'> & { token?: string };
type Variables = BookingWish & { token?: string };
type Config = Pick<UseMutationOptions<Appointment, Error, Variables>, 'onSuccess'>;

export function useBookAppointment(scope: JourneyScope, mutationConfig: Config = {}) {
  const queryClient = useQueryClient();
  const lastAsked = useRef<{ wish: string; requestId: string } | null>(null);
  const mutation = useMutation({
    mutationFn: ({ token, ...wish }: Variables) => bookAppointment(wish, token),
    ...NEVER_QUEUED,
    onError: (error, { service }) => {
      // Taken meanwhile: forget the old list, so the page shows only what is free now.
      if (problemOf(error).issue === 'slot-taken') void queryClient.resetQueries({ queryKey: bookingKeys.slots(scope, service.id) });
    },
    ...mutationConfig,
  });

  const book = (request: BookingRequest, options?: Parameters<typeof mutation.mutate>[1]) => {
    if (mutation.isPending) return; // a double tap sends once
    const { token, ...wish } = request;
    const same = JSON.stringify({ slot: wish.slot.id, service: wish.service.id, referral: wish.referral?.id, patient: wish.patient, reason: wish.reason });
    if (lastAsked.current?.wish !== same) lastAsked.current = { wish: same, requestId: crypto.randomUUID() };
    mutation.mutate({ ...wish, token, requestId: lastAsked.current.requestId }, options);
  };
  return { ...mutation, book };
}
