import type { Sql } from '../db/database';
import type { CountRulesStore } from '../rules/nhs-app-counts';
import { practiceStore } from './practices';

/** NHS App counts as running totals: each batch adds to its rows in one statement. */
export function countStore(sql: Sql): CountRulesStore {
  return {
    practiceExists: (ods) => practiceStore(sql).practiceExists(ods),
    async addCounts(ods, rows) {
      await sql.query(
        `insert into nhs_app_count (ods, metric, campaign, n)
         select $1, metric, campaign, n from jsonb_to_recordset($2::jsonb) as r(metric text, campaign text, n bigint)
         on conflict (ods, metric, campaign) do update set n = nhs_app_count.n + excluded.n`,
        [ods, JSON.stringify(rows)],
      );
    },
    async countRows(ods) {
      const [practice] = await sql.query<{ counts_since: Date }>('select counts_since from practice where ods = $1', [ods]);
      const rows = await sql.query<{ metric: string; campaign: string; n: number }>('select metric, campaign, n::integer as n from nhs_app_count where ods = $1', [ods]);
      return { since: practice?.counts_since ?? new Date(0), rows };
    },
  };
}
