import { http } from 'msw';
import { requestBundleProblems } from '../../src/domain/request/bundle-schema';
import { REQUEST_FIELD_SYSTEM, REQUEST_PROBLEM_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import type { RequestKind } from '../../src/domain/request/request-types';
import { londonWallClock } from '../../src/domain/time/london';
import type { MockStore } from '../data/store';
import { json } from './responses';

/*
 * Online requests (journey 2): POST a transaction Bundle to /api/practices/:ods/requests
 * with an Idempotency-Key equal to the Bundle's client id. Stored once per id; a resend
 * gets the first answer again. Bad input gets a 4xx OperationOutcome naming the fields.
 */

const IDEMPOTENCY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function problem(status: number, code: 'invalid' | 'business-rule' | 'not-found', text: string, coding: { system: string; code: string }[]) {
  return json(
    {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code, details: { coding, text } }],
    },
    status,
  );
}

const fieldProblems = (fields: string[]) =>
  problem(
    422,
    'invalid',
    `Check these answers: ${fields.join(', ')}.`,
    fields.map((field) => ({ system: REQUEST_FIELD_SYSTEM, code: field })),
  );

function kindOf(bundle: unknown): RequestKind {
  const task = (bundle as { entry: { resource: { resourceType: string; code?: { coding: { code: string }[] } } }[] }).entry.find(
    (e) => e.resource.resourceType === 'Task',
  );
  return task?.resource.code?.coding[0]?.code.startsWith('admin/') ? 'admin' : 'medical';
}

export function requestHandlers(store: MockStore) {
  return [
    http.post('*/api/practices/:ods/requests', async ({ request, params }) => {
      const ods = String(params.ods).toUpperCase();
      const key = request.headers.get('Idempotency-Key') ?? '';
      if (!IDEMPOTENCY_KEY.test(key)) {
        return problem(400, 'invalid', 'Send an Idempotency-Key: the request’s client id.', [{ system: REQUEST_FIELD_SYSTEM, code: 'bundle' }]);
      }
      store.requests.attempts.set(key, (store.requests.attempts.get(key) ?? 0) + 1);

      const first = store.requests.byId.get(key);
      if (first) return json(first.response, 201); // sent twice, stored once

      const practice = store.practices.get(ods);
      if (!practice) return problem(404, 'not-found', `No practice with ODS code ${ods}.`, [{ system: REQUEST_PROBLEM_SYSTEM, code: 'unknown-practice' }]);

      const bundle: unknown = await request.json().catch(() => null);
      const now = store.clock.now();
      const fields = requestBundleProblems(bundle, now);
      if (fields.length > 0) return fieldProblems(fields);
      if ((bundle as { identifier: { value: string } }).identifier.value !== key) return fieldProblems(['bundle']);

      const kind = kindOf(bundle);
      const settings = practice.onlineRequests[kind];
      if (!practice.journeys.requests || !settings.enabled) {
        return problem(422, 'business-rule', 'This practice does not take these requests online.', [{ system: REQUEST_PROBLEM_SYSTEM, code: 'closed' }]);
      }
      const londonDay = londonWallClock(now).date;
      if (settings.dailyCapacity !== undefined && store.requests.countFor(ods, kind, londonDay) >= settings.dailyCapacity) {
        return problem(422, 'business-rule', 'The practice cannot take any more online requests today.', [
          { system: REQUEST_PROBLEM_SYSTEM, code: 'capacity-reached' },
        ]);
      }

      const reference = store.requests.nextReference();
      const entries = (bundle as { entry: { request: { url: string } }[] }).entry;
      const response = {
        resourceType: 'Bundle',
        type: 'transaction-response',
        identifier: { system: REQUEST_REFERENCE_SYSTEM, value: reference },
        entry: entries.map((e, index) => ({ response: { status: '201 Created', location: `${e.request.url}/${key.slice(0, 8)}-${index}` } })),
      };
      store.requests.byId.set(key, { id: key, ods, kind, reference, receivedAt: now.toISOString(), londonDay, bundle, response });
      return json(response, 201);
    }),
  ];
}
