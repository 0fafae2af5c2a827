import { HttpResponse } from 'msw';
import type { Answer, IssueType } from '../../server/rules/outcome';
import { problem } from '../../server/rules/outcome';

/**
 * API responses are about people: never kept by a browser or proxy cache. Like the server,
 * the mock reads gzipped bodies (readJson) and says so (RFC 7694's Accept-Encoding).
 */
const NO_STORE = { 'Cache-Control': 'no-store', 'Accept-Encoding': 'gzip' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { ...NO_STORE, ...headers } });
}

/** A shared rule's answer (server/rules), as the mock's response. */
export const answer = ({ status, body, headers }: Answer) => json(body, status, headers);

export type { IssueType };

/** A FHIR R4 OperationOutcome: how the backend says no, always with a 4xx for bad input. */
export function operationOutcome(status: number, code: IssueType, text: string, expression?: string[]) {
  return answer(problem(status, code, text, expression ? { expression } : {}));
}

/** The body as JSON, or undefined when it is not JSON at all (answered with a 4xx, never a 500). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    // The app gzips what it sends with its requests, as the server accepts (server/http/request-encoding.ts).
    if (request.headers.get('content-encoding') === 'gzip' && request.body) {
      return await new Response(request.body.pipeThrough(new DecompressionStream('gzip'))).json();
    }
    return await request.json();
  } catch {
    return undefined;
  }
}
