import type { ApiError } from '../api/client';
import { REQUEST_FIELDS, type RequestField } from '../../domain/request/bundle-schema';
import { REQUEST_FIELD_SYSTEM, REQUEST_PROBLEM_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../domain/request/fhir-systems';
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

/** The practice's reference for a stored request, or null when the answer does not carry one. */
export function referenceOf(response: unknown): string | null {
  const identifier = (response as { identifier?: { system?: string; value?: unknown } } | null)?.identifier;
  return identifier?.system === REQUEST_REFERENCE_SYSTEM && typeof identifier.value === 'string' ? identifier.value : null;
}
