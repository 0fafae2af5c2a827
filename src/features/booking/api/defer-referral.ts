import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '../../../platform/api/client';
import { ServiceRequestSchema, type ServiceRequest } from '../../../domain/booking';
import { bearer } from './booking-problem';
import { NEVER_QUEUED } from './booking-keys';

/**
 * `POST referrals/slot-issue` (Bearer): no free time on the whole shortlist, so the
 * referral goes to the service, who will contact the patient (e-RS's appointment slot issue).
 */
export async function deferReferral(token: string | undefined): Promise<ServiceRequest> {
  return v.parse(ServiceRequestSchema, await apiRequest<unknown>('referrals/slot-issue', { method: 'POST', headers: bearer(token) }));
}

type Config = Pick<UseMutationOptions<ServiceRequest, Error, { token?: string }>, 'onSuccess'>;

export function useDeferReferral(mutationConfig: Config = {}) {
  return useMutation({ mutationFn: ({ token }: { token?: string }) => deferReferral(token), ...NEVER_QUEUED, ...mutationConfig });
}
