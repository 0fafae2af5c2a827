import type { ApiError } from '../api/client';
import { REQUEST_FIELDS, type RequestField } from '../../domain/request/bundle-schema';
import { REQUEST_CLIENT_ID_SYSTEM, REQUEST_FIELD_SYSTEM, REQUEST_PROBLEM_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../domain/request/fhir-systems';
import type { RejectionReason } from '../../domain/request/outbox-state';

/** Reading the practice's answer to a request: its reference, or why it was refused. */

interface IssueWithCoding {
  code?: string;
  details?: { coding?: { system?: string; code?: string }[] };
}

export function rejectionOf(error: ApiError): { reason: RejectionReason; fields: RequestField[] } {
  const codings = (error.issues as IssueWithCoding[]).flatMap((i) => i.details?.coding ?? []);
  const problems = codings.filter((c) => c.system === REQUEST_PROBLEM_SYSTEM).map((c) => c.code);
  const fields = codings
    .filter((c) => c.system === REQUEST_FIELD_SYSTEM && (REQUEST_FIELDS as readonly string[]).includes(c.code ?? ''))
    .map((c) => c.code as RequestField);
  if (problems.includes('capacity-reached')) return { reason: 'capacity', fields: [] };
  if (problems.includes('closed')) return { reason: 'closed', fields: [] };
  if (fields.length > 0 || error.status === 400 || error.status === 422) return { reason: 'invalid', fields };
  return { reason: 'other', fields: [] };
}

interface TaskLike {
  resourceType?: unknown;
  id?: unknown;
  identifier?: { system?: unknown; value?: unknown }[];
}

/**
 * The practice's reference, read from the Task in the transaction-response: its
 * reference identifier, or, from a FHIR server that assigns none, the Task's own id.
 * Only the Task that carries this request's client id counts.
 */
export function referenceOf(response: unknown, clientId: string): string | null {
  const entries = (response as { resourceType?: unknown; entry?: { resource?: TaskLike }[] } | null)?.entry;
  if (!Array.isArray(entries)) return null;
  const task = entries
    .map((e) => e?.resource)
    .find((r) => r?.resourceType === 'Task' && r.identifier?.some((i) => i.system === REQUEST_CLIENT_ID_SYSTEM && i.value === clientId));
  if (!task) return null;
  const reference = task.identifier?.find((i) => i.system === REQUEST_REFERENCE_SYSTEM)?.value;
  if (typeof reference === 'string' && reference !== '') return reference;
  return typeof task.id === 'string' && task.id !== '' ? task.id : null;
}
