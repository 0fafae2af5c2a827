import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { AppointmentSchema, type FindPracticeAppointment } from '../../../domain/booking';
import { SessionSchema } from './booking-problem';
import { NEVER_QUEUED } from './booking-keys';

/** `POST practices/{ods}/appointments/find`: a practice booking, by its reference and the patient's date of birth. */
const FindAnswer = v.object({ session: SessionSchema, appointment: AppointmentSchema, ods: v.string() });
export type FindAnswer = v.InferOutput<typeof FindAnswer>;
export type FindVariables = { ods: string } & FindPracticeAppointment;

export async function findPracticeAppointment({ ods, ...body }: FindVariables): Promise<FindAnswer> {
  const path = `practices/${encodeURIComponent(ods)}/appointments/find`;
  return v.parse(FindAnswer, await apiRequest<unknown>(path, { method: 'POST', body }));
}

type Config = Pick<UseMutationOptions<FindAnswer, Error, FindVariables>, 'onSuccess'>;

export function useFindPracticeAppointment(mutationConfig: Config = {}) {
  return useMutation({ mutationFn: findPracticeAppointment, ...NEVER_QUEUED, ...mutationConfig });
}
