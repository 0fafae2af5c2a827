import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { AppointmentSchema, ServiceRequestSchema, type ReferralSignIn } from '../../../domain/booking';
import { SessionSchema } from './booking-problem';
import { NEVER_QUEUED } from './booking-keys';

/**
 * `POST referrals/sign-in`: Manage your referral's door. The booking reference and the
 * letter's password, plus the year of birth where the referral asks for it.
 */
const SignInAnswer = v.object({ session: SessionSchema, serviceRequest: ServiceRequestSchema, appointment: v.optional(AppointmentSchema) });
export type ReferralSignInAnswer = v.InferOutput<typeof SignInAnswer>;

export async function signInToReferral(body: ReferralSignIn): Promise<ReferralSignInAnswer> {
  return v.parse(SignInAnswer, await apiRequest<unknown>('referrals/sign-in', { method: 'POST', body }));
}

type Config = Pick<UseMutationOptions<ReferralSignInAnswer, Error, ReferralSignIn>, 'onSuccess'>;

export function useSignInToReferral(mutationConfig: Config = {}) {
  return useMutation({ mutationFn: signInToReferral, ...NEVER_QUEUED, ...mutationConfig });
}
