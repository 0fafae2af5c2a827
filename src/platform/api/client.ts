/**
 * The one place Front Door calls `fetch`. Every backend call goes through here, so
 * timeouts, errors as FHIR OperationOutcomes and the base URL are handled once.
 */
export interface OperationOutcomeIssue {
  severity: string;
  code: string;
  details?: { text?: string; coding?: { system?: string; code?: string }[] };
  diagnostics?: string;
  expression?: string[];
}

// The fields are declared and set in the constructor, not written as class fields:
// built for older browsers, a class field brings a defineProperty helper into the
// landing page's bytes.
export class ApiError extends Error {
  declare readonly status: number;
  declare readonly issues: OperationOutcomeIssue[];

  constructor(status: number, issues: OperationOutcomeIssue[] = []) {
    super(issues[0]?.details?.text ?? `The practice system answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }

  /** 4xx: the request itself needs changing; retrying as it is will not help. */
  get isClientError() {
    return this.status >= 400 && this.status < 500;
  }
}

/** No answer at all: offline, a dropped connection or a timeout. Worth retrying. */
export class NetworkError extends Error {
  declare readonly reason: 'offline' | 'timeout' | 'failed';

  constructor(reason: 'offline' | 'timeout' | 'failed') {
    super(`Network ${reason}`);
    this.name = 'NetworkError';
    this.reason = reason;
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** Whether the backend has said it reads gzipped request bodies (see apiRequest). */
let backendTakesGzip = false;

export function apiBaseUrl(): URL {
  const configured = import.meta.env.VITE_API_BASE_URL || '/api/';
  const withSlash = configured.endsWith('/') ? configured : `${configured}/`;
  return new URL(withSlash, globalThis.location?.href ?? 'http://127.0.0.1/');
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** FHIR interactions send `application/fhir+json`; the rest plain JSON. */
  contentType?: 'application/json' | 'application/fhir+json' | 'application/json-patch+json';
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Sends the body gzipped where the browser can and the backend has said it reads gzip: for large uploads. */
  gzip?: boolean;
}

/**
 * Only the practice area's calls (`/api/practice/...`) carry the staff session cookie,
 * which the server scopes to that path; every patient call stays cookie-free.
 */
export function isStaffApiPath(path: string): boolean {
  return /^\/?practice(\/|$)/.test(path);
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const url = new URL(path.replace(/^\//, ''), apiBaseUrl());
  const credentials: RequestCredentials = isStaffApiPath(path) ? 'same-origin' : 'omit';
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: 'application/fhir+json, application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json';
    body = JSON.stringify(options.body);
    const zipped = options.gzip && backendTakesGzip ? await gzipped(body) : null;
    if (zipped) {
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
  }

  let response: Response;
  try {
    response = await fetch(url, { method: options.method ?? 'GET', headers, body, signal, credentials });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new NetworkError('timeout');
    throw new NetworkError(typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'failed');
  }

  // RFC 7694: a backend that reads gzipped bodies says so in its answers' Accept-Encoding.
  // Until one has said it (a FHIR server elsewhere may not), bodies go as they are.
  if (/\bgzip\b/i.test(response.headers.get('Accept-Encoding') ?? '')) backendTakesGzip = true;
  const text = await response.text();
  const parsed: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const issues = isOperationOutcome(parsed) ? parsed.issue : [];
    throw new ApiError(response.status, issues);
  }
  return parsed as T;
}

/** A request a quarter of its size costs a patient on a weak signal a quarter of the wait. */
async function gzipped(text: string): Promise<ArrayBuffer | null> {
  try {
    return await new Response(new Response(text).body!.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  } catch {
    return null; // no CompressionStream (Safari before 16.4): sent as it is
  }
}

export const apiGet = <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isOperationOutcome(value: unknown): value is { issue: OperationOutcomeIssue[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome' &&
    Array.isArray((value as { issue?: unknown }).issue)
  );
}
