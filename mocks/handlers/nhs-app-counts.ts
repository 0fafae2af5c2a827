import { http } from 'msw';
import * as v from 'valibot';
import type { MockStore } from '../data/store';
import { CountBatchSchema, hasOnlyKnownFields } from '../../src/domain/nhs-app/count-events';
import { json, operationOutcome } from './responses';
import { ODS_CODE_PATTERN as ODS_CODE } from '../../src/domain/practice/ods-code';


/**
 * Aggregate counts for the NHS App journey (see src/domain/nhs-app/count-events.ts).
 * Only totals come back; a batch that does not match the schema is refused whole.
 */
export function nhsAppCountHandlers(store: MockStore) {
  const practiceOf = (ods: unknown) => {
    const code = String(ods).toUpperCase();
    return ODS_CODE.test(code) && store.practices.has(code) ? code : null;
  };

  return [
    http.post('*/api/practices/:ods/nhs-app-counts', async ({ params, request }) => {
      const ods = practiceOf(params.ods);
      if (!ods) return operationOutcome(404, 'not-found', `No practice with ODS code ${String(params.ods)}.`);
      const body: unknown = await request.json().catch(() => null);
      const batch = v.safeParse(CountBatchSchema, body);
      if (!batch.success || !hasOnlyKnownFields(body)) {
        return operationOutcome(400, 'invalid', 'Send {"events": [...]} with 1 to 50 known count events.', ['events']);
      }
      store.nhsAppCounts.add(ods, batch.output.events);
      return json({ accepted: batch.output.events.length }, 202);
    }),

    http.get('*/api/practices/:ods/nhs-app-counts', ({ params }) => {
      const ods = practiceOf(params.ods);
      if (!ods) return operationOutcome(404, 'not-found', `No practice with ODS code ${String(params.ods)}.`);
      return json(store.nhsAppCounts.totals(ods));
    }),
  ];
}
