import type { Bundle } from 'fhir/r4';
import { ok, problem, type Answer } from '../outcome';
import { REFERENCE_PATTERN } from '../request-reference';
import { patientStatus, type WorkStatus } from './inbox';
import { sameSecret } from './sign-in';

/*
 * The patient's device asks how its request is getting on (docs/practice-area-api.md,
 * "The patient's device"). It holds only the reference and the status key it got in the
 * transaction-response; the key is the store's to make (an HMAC under a server secret
 * on the server), so a reference alone reveals nothing.
 */

export const STATUS_KEY_RELATION = 'status-key';
export const STATUS_KEY_PREFIX = 'urn:front-door:status-key:';
const KEY = /^[0-9a-f]{32}$/;

/** The transaction-response with its status key. */
export const withStatusKey = (answer: Bundle, key: string): Bundle => ({ ...answer, link: [{ relation: STATUS_KEY_RELATION, url: `${STATUS_KEY_PREFIX}${key}` }] });

export interface RequestStatusFacts {
  clientId: string;
  ods: string;
  practiceName: string;
  status: WorkStatus;
  assigned: boolean;
  replies: { text: string; sentAt: string; inviteAppointment: boolean }[];
}

export interface StatusRulesStore {
  statusFacts(reference: string): Promise<RequestStatusFacts | undefined>;
  statusKey(clientId: string): Promise<string>;
}

const NOT_FOUND = 'No request matches that reference and key.';

/** `POST /api/requests/status {reference, key}`: a wrong key and an unknown reference get the same 404. */
export async function requestStatus(store: StatusRulesStore, body: unknown): Promise<Answer> {
  const { reference, key } = (typeof body === 'object' && body !== null ? body : {}) as { reference?: unknown; key?: unknown };
  if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference.trim().toUpperCase())) return problem(400, 'invalid', 'Send the request’s reference.', { expression: ['reference'] });
  if (typeof key !== 'string' || !KEY.test(key)) return problem(400, 'invalid', 'Send the status key the request came back with.', { expression: ['key'] });
  const facts = await store.statusFacts(reference.trim().toUpperCase());
  // Compared even when the reference is unknown, so the two take the same time.
  const expected = facts ? await store.statusKey(facts.clientId) : '0'.repeat(32);
  if (!sameSecret(expected, key) || !facts) return problem(404, 'not-found', NOT_FOUND);
  return ok({
    status: patientStatus(facts.status, facts.assigned, facts.replies.length),
    practice: { ods: facts.ods, name: facts.practiceName },
    replies: facts.replies,
  });
}
