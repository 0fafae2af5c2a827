import * as v from 'valibot';
import { PracticeSettingsSchema, type PracticeSettings } from '../../src/domain/practice/practice-settings';
import type { PracticeRulesStore } from '../rules/practices';
import type { CountRulesStore } from '../rules/nhs-app-counts';
import type { Sql } from '../db/database';

/** Practices' settings documents, each versioned (every version kept in practice_history). */
export function practiceStore(sql: Sql): PracticeRulesStore & Pick<CountRulesStore, 'practiceExists'> & { allSettings(): Promise<PracticeSettings[]> } {
  return {
    async practiceSummaries() {
      const rows = await sql.query<{ ods: string; name: string; town: string; postcode: string }>(
        `select ods, settings ->> 'name' as name, settings #>> '{address,town}' as town, settings #>> '{address,postcode}' as postcode from practice order by ods`,
      );
      return rows;
    },
    async practiceDocument(ods) {
      const [row] = await sql.query<{ settings: unknown; version: number }>('select settings, version from practice where ods = $1', [ods]);
      return row ? { settings: v.parse(PracticeSettingsSchema, row.settings), version: row.version } : undefined;
    },
    async practiceExists(ods) {
      return (await sql.query('select 1 from practice where ods = $1', [ods])).length > 0;
    },
    async allSettings() {
      return (await sql.query<{ settings: unknown }>('select settings from practice order by ods')).map((r) => v.parse(PracticeSettingsSchema, r.settings));
    },
  };
}

/** Saves a practice's settings as a new version (checked by the schema the app trusts). */
export async function savePracticeSettings(sql: Sql, settings: PracticeSettings, now: Date): Promise<number> {
  const checked = v.parse(PracticeSettingsSchema, settings);
  const [row] = await sql.query<{ version: number }>(
    `insert into practice (ods, version, settings, counts_since, updated_at) values ($1, 1, $2::jsonb, $3, $3)
     on conflict (ods) do update set version = practice.version + 1, settings = excluded.settings, updated_at = excluded.updated_at
     returning version`,
    [checked.ods, JSON.stringify(checked), now],
  );
  await sql.query('insert into practice_history (ods, version, settings, updated_at) values ($1, $2, $3::jsonb, $4)', [checked.ods, row!.version, JSON.stringify(checked), now]);
  return row!.version;
}
