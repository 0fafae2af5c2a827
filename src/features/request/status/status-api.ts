import { apiRequest } from '../../../platform/api/client';
import { readStatusAnswer, type StatusAnswer } from '../../../domain/request/request-status';

/** Thrown when the practice's answer is not one the device understands: shown as "cannot check now". */
export class UnreadableStatus extends Error {}

/**
 * Asks the practice how a sent request is going. The reference and key go in the body,
 * never the URL, and no cookie is sent (the client omits credentials): the patient side
 * stays cookie-free. A wrong key and an unknown reference both answer 404.
 */
export async function fetchRequestStatus(reference: string, key: string, signal?: AbortSignal): Promise<StatusAnswer> {
  const body = await apiRequest<unknown>('requests/status', { method: 'POST', body: { reference, key }, signal });
  const answer = readStatusAnswer(body);
  if (!answer) throw new UnreadableStatus('The practice answered in a way this device cannot read');
  return answer;
}
