import { http } from 'msw';
import { capacityNow, type CapacityRulesStore } from '../../server/rules/capacity';
import type { MockStore } from '../data/store';
import { answer } from './responses';

/** Whether each kind of online request is full for today: the server's rule, counted in memory. */
export function capacityHandlers(store: MockStore) {
  const rules: CapacityRulesStore = {
    practice: async (ods) => store.practices.get(ods),
    requestsOnDay: async (ods, kind, londonDay) =>
      [...store.requests.byId.values()].filter((r) => r.ods === ods && r.kind === kind && r.londonDay === londonDay).length,
  };
  return [http.get('*/api/practices/:ods/capacity', async ({ params }) => answer(await capacityNow(rules, String(params.ods), store.clock.now())))];
}
