import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { wholeTransaction } from '../../../platform/api/whole-transaction';
import {
  AppointmentSchema,
  appointmentInAnswer,
  cancelPatch,
  moveTransaction,
  versionTag,
  type Appointment,
  type CancelReason,
  type HealthcareService,
  type Slot,
} from '../../../domain/booking';
import { bearer, changedElsewhere, problemOf, slotTakenIfConflict } from './booking-problem';
import { bookingKeys, NEVER_QUEUED, type JourneyScope } from './booking-keys';

/**
 * Change or cancel the booking held, both with If-Match on the version the patient saw:
 * a move is a transaction (`POST fhir`) that updates the Appointment to the new Slot and
 * takes that Slot; a cancellation is a JSON Patch (`PATCH fhir/Appointment/{id}`). The
 * backend frees the old slot for someone else either way.
 */
export async function moveAppointment(appointment: Appointment, slot: Slot, service: Pick<HealthcareService, 'id' | 'name'>, token: string | undefined) {
  const answer = await apiRequest<unknown>('fhir', {
    method: 'POST',
    body: moveTransaction(appointment, slot, service),
    contentType: 'application/fhir+json',
    headers: { Prefer: 'return=representation', ...bearer(token) },
  })
    .then(wholeTransaction)
    .catch((error: unknown) => {
      throw slotTakenIfConflict(error);
    });
  return v.parse(AppointmentSchema, appointmentInAnswer(answer));
}

export async function cancelAppointment(appointment: Appointment, reason: CancelReason, text: string, token: string | undefined) {
  const version = appointment.meta?.versionId;
  const answer = await apiRequest<unknown>(`fhir/Appointment/${encodeURIComponent(appointment.id)}`, {
    method: 'PATCH',
    body: cancelPatch(reason, text),
    contentType: 'application/json-patch+json',
    headers: { Prefer: 'return=representation', ...(version ? { 'If-Match': versionTag(version) } : {}), ...bearer(token) },
  });
  return v.parse(AppointmentSchema, answer);
}

export type AppointmentUpdateVariables = { appointment: Appointment; token?: string } & (
  | { kind: 'move'; slot: Slot; service: Pick<HealthcareService, 'id' | 'name'> }
  | { kind: 'cancel'; reason: CancelReason; text: string }
);

type Config = Pick<UseMutationOptions<Appointment, Error, AppointmentUpdateVariables>, 'onSuccess'>;

export function useUpdateAppointment(scope: JourneyScope, mutationConfig: Config = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AppointmentUpdateVariables) =>
      variables.kind === 'move'
        ? moveAppointment(variables.appointment, variables.slot, variables.service, variables.token)
        : cancelAppointment(variables.appointment, variables.reason, variables.text, variables.token),
    ...NEVER_QUEUED,
    onError: (error, variables) => {
      // Taken meanwhile: forget the old list, so the page shows only what is free now.
      if (variables.kind === 'move' && problemOf(error).issue === 'slot-taken') {
        void queryClient.resetQueries({ queryKey: bookingKeys.slots(scope, variables.service.id) });
      }
      // Changed elsewhere (another tab): read the booking again, so Try again names its new version.
      if (changedElsewhere(error)) void queryClient.invalidateQueries({ queryKey: bookingKeys.appointment(scope, variables.appointment.id) });
    },
    ...mutationConfig,
  });
}
