import type { Database } from '../db/database';
import type { CapacityRulesStore } from '../rules/capacity';
import { practiceStore } from './practices';

/** The day's count, read as `saveRequest` counts it when it checks the cap (server/store/requests.ts). */
export function capacityStore(db: Database): CapacityRulesStore {
  return {
    practice: async (ods) => (await practiceStore(db).practiceDocument(ods))?.settings,
    async requestsOnDay(ods, kind, londonDay) {
      const [row] = await db.query<{ n: number }>('select count(*)::integer as n from request where ods = $1 and kind = $2 and london_day = $3', [ods, kind, londonDay]);
      return row!.n;
    },
  };
}
