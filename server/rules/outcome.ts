import type { OperationOutcome, OperationOutcomeIssue } from 'fhir/r4';

/**
 * How the backend says no, in both runtimes (the server and the MSW mock): an answer
 * with a status and a FHIR R4 OperationOutcome whose issue codes come from the R4
 * IssueType value set (http://hl7.org/fhir/R4/valueset-issue-type.html). A 423
 * lock-out is "security", never "locked" (not an R4 code).
 */
export type IssueType = Extract<
  OperationOutcomeIssue['code'],
  'invalid' | 'structure' | 'required' | 'value' | 'security' | 'login' | 'expired' | 'forbidden' | 'not-found' | 'conflict' | 'business-rule' | 'duplicate' | 'too-long' | 'throttled' | 'not-supported' | 'exception' | 'processing'
>;

/** What a rule answers: an HTTP status, a JSON body and any extra headers (ETag, Location). */
export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

export interface ProblemDetails {
  /** Machine codes the app acts on (each a coding of one of Front Door's CodeSystems). */
  codings?: { system: string; code: string }[];
  /** The FHIRPath or field name the problem is about. */
  expression?: string[];
  extension?: OperationOutcomeIssue['extension'];
}

export function outcome(code: IssueType, text: string, details: ProblemDetails = {}): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        details: { ...(details.codings ? { coding: details.codings } : {}), text },
        ...(details.expression ? { expression: details.expression } : {}),
        ...(details.extension?.length ? { extension: details.extension } : {}),
      },
    ],
  };
}

export function problem(status: number, code: IssueType, text: string, details: ProblemDetails = {}): Answer<OperationOutcome> {
  return { status, body: outcome(code, text, details) };
}

export const ok = <T>(body: T, status = 200, headers?: Record<string, string>): Answer<T> => ({ status, body, ...(headers ? { headers } : {}) });
