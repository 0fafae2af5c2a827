import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { AppointmentSchema, CANCEL_REASON_SYSTEM, type Appointment, type AppointmentChange, type CancelReason, type Slot } from '../../../domain/booking';
import { bearer, problemOf } from './booking-problem';
import { bookingKeys, NEVER_QUEUED, type JourneyScope } from './booking-keys';

/**
 * `PATCH fhir/Appointment/{id}` (Bearer): move the booking to another free slot, or cancel
 * it with a reason. Either way the backend frees the old slot for someone else.
 */
export async function updateAppointment(id: string, change: AppointmentChange, token: string | undefined): Promise<Appointment> {
  const path = `fhir/Appointment/${encodeURIComponent(id)}`;
  return v.parse(AppointmentSchema, await apiRequest<unknown>(path, { method: 'PATCH', body: change, headers: bearer(token) }));
}

export type AppointmentUpdateVariables = { appointmentId: string; token?: string } & (
  | { kind: 'move'; slot: Slot; serviceId: string }
  | { kind: 'cancel'; reason: CancelReason; text: string }
);

function changeOf(variables: AppointmentUpdateVariables): AppointmentChange {
  if (variables.kind === 'move') return { slot: [{ reference: `Slot/${variables.slot.id}` }] };
  const text = variables.text.trim();
  return { status: 'cancelled', cancelationReason: { coding: [{ system: CANCEL_REASON_SYSTEM, code: variables.reason }], ...(text ? { text } : {}) } };
}

type Config = Pick<UseMutationOptions<Appointment, Error, AppointmentUpdateVariables>, 'onSuccess'>;

export function useUpdateAppointment(scope: JourneyScope, mutationConfig: Config = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AppointmentUpdateVariables) => updateAppointment(variables.appointmentId, changeOf(variables), variables.token),
    ...NEVER_QUEUED,
    onError: (error, variables) => {
      // Taken meanwhile: forget the old list, so the page shows only what is free now.
      if (variables.kind === 'move' && problemOf(error).issue === 'slot-taken') {
        void queryClient.resetQueries({ queryKey: bookingKeys.slots(scope, variables.serviceId) });
      }
    },
    ...mutationConfig,
  });
}
