import { http } from 'msw';
import type { MockStore } from '../data/store';
import { addNhsAppCounts, nhsAppCounts } from '../../server/rules/nhs-app-counts';
import { answer } from './responses';

/** Aggregate counts for the NHS App journey, by the server's own rules (server/rules/nhs-app-counts.ts). */
export function nhsAppCountHandlers(store: MockStore) {
  return [
    http.post('*/api/practices/:ods/nhs-app-counts', async ({ params, request }) => {
      const body: unknown = await request.json().catch(() => null);
      return answer(await addNhsAppCounts(store.nhsAppCounts, String(params.ods).toUpperCase(), body));
    }),
    http.get('*/api/practices/:ods/nhs-app-counts', async ({ params }) => answer(await nhsAppCounts(store.nhsAppCounts, String(params.ods).toUpperCase()))),
  ];
}
