import type { Questionnaire } from 'fhir/r4';
import { TRIAGE_CONTENT_VERSION } from '../../src/content/triage';
import type { Sql } from '../db/database';
import { publishedQuestionnaires, type QuestionnaireRulesStore } from '../rules/questionnaires';

/**
 * Publishes the Questionnaires of the content this server ships. Each version stays
 * published (requests sent with older content still resolve); a version already
 * published is left as it is, so servers starting together agree.
 */
export async function publishQuestionnaires(sql: Sql, now: Date): Promise<void> {
  const rows = publishedQuestionnaires(TRIAGE_CONTENT_VERSION).map((q) => ({
    id: q.id,
    content: { ...q, meta: { versionId: '1', lastUpdated: now.toISOString() } },
  }));
  await sql.query(
    `insert into resource (type, id, version_id, last_updated, content)
     select 'Questionnaire', id, 1, $2, content from jsonb_to_recordset($1::jsonb) as r(id text, content jsonb)
     on conflict (type, id) do nothing`,
    [JSON.stringify(rows), now],
  );
}

export function questionnaireStore(sql: Sql): QuestionnaireRulesStore {
  return {
    async questionnairesByUrl(url, version) {
      const rows = await sql.query<{ content: Questionnaire }>(
        `select content from resource where type = 'Questionnaire' and content ->> 'url' = $1 and ($2::text is null or content ->> 'version' = $2) order by last_updated desc, id`,
        [url, version],
      );
      return rows.map((r) => r.content);
    },
    async questionnaire(id) {
      return (await sql.query<{ content: Questionnaire }>(`select content from resource where type = 'Questionnaire' and id = $1`, [id]))[0]?.content;
    },
  };
}
