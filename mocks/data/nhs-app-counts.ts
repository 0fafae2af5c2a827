import type { CountRow, CountRulesStore } from '../../server/rules/nhs-app-counts';

/** Running totals of NHS App link opens and nudges, in memory (the server keeps them in PostgreSQL). */
export function createNhsAppCounts(since: Date, practiceExists: (ods: string) => boolean): CountRulesStore {
  const rows = new Map<string, Map<string, CountRow>>();
  return {
    practiceExists: async (ods) => practiceExists(ods),
    addCounts: async (ods, added) => {
      const own = rows.get(ods) ?? new Map<string, CountRow>();
      rows.set(ods, own);
      for (const row of added) {
        const key = `${row.metric}\u0000${row.campaign}`;
        const current = own.get(key);
        own.set(key, { ...row, n: (current?.n ?? 0) + row.n });
      }
    },
    countRows: async (ods) => ({ since, rows: [...(rows.get(ods)?.values() ?? [])] }),
  };
}
