import { HttpResponse } from 'msw';

/** API responses are about people: never kept by a browser or proxy cache. */
const NO_STORE = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200) {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: NO_STORE });
}

export type IssueCode = 'invalid' | 'required' | 'not-found' | 'conflict' | 'throttled' | 'business-rule' | 'locked';

/** A FHIR R4 OperationOutcome: how the backend says no, always with a 4xx for bad input. */
export function operationOutcome(status: number, code: IssueCode, text: string, expression?: string[]) {
  return json(
    {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code, details: { text }, ...(expression ? { expression } : {}) }],
    },
    status,
  );
}
