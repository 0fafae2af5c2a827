import { http } from 'msw';
import { submitRequestTransaction } from '../../server/rules/requests';
import type { MockStore } from '../data/store';
import { answer } from './responses';

/*
 * Online requests (journey 2): a FHIR transaction Bundle POSTed to the FHIR base. The
 * rules (server/rules/requests.ts) are the server's own; only the store is in memory.
 */
export function requestHandlers(store: MockStore) {
  return [
    http.post('*/api/fhir', async ({ request }) => {
      const body: unknown = await request.json().catch(() => null);
      return answer(await submitRequestTransaction(store.requests, body, store.clock.now()));
    }),
  ];
}
