import { ApiError, type OperationOutcomeIssue } from './client';

interface AnsweredEntry {
  response?: { status?: unknown; outcome?: { resourceType?: unknown; issue?: unknown } };
}

/**
 * A transaction succeeds or fails as a whole (https://hl7.org/fhir/R4/http.html#transaction).
 * A transaction-response in which an entry says it failed comes from a server that ran
 * the Bundle as a batch (Medplum's FhirRouter does, unless its transactions are switched
 * on): nothing was booked or sent as asked, so it is read as that entry's refusal.
 */
export function wholeTransaction<T>(answer: T): T {
  const entries = (answer as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entries)) return answer;
  for (const entry of entries as (AnsweredEntry | null)[]) {
    const status = Number.parseInt(String(entry?.response?.status ?? ''), 10);
    if (Number.isNaN(status) || (status >= 200 && status < 300)) continue;
    const outcome = entry?.response?.outcome;
    const issues = outcome?.resourceType === 'OperationOutcome' && Array.isArray(outcome.issue) ? (outcome.issue as OperationOutcomeIssue[]) : [];
    throw new ApiError(status, issues);
  }
  return answer;
}
