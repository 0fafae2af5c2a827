import { randomUUID } from 'node:crypto';
import type { Bundle } from 'fhir/r4';
import type { Database, Sql } from '../db/database';
import type { NewRequest, RequestRulesStore, SaveResult } from '../rules/requests';
import { audit } from './audit';
import type { PhotoStore } from './photos';
import { practiceStore } from './practices';
import { statusKeyFor } from './status';

const answerOf = async (sql: Sql, clientId: string) =>
  (await sql.query<{ answer: Bundle }>('select answer from request where client_id = $1', [clientId]))[0]?.answer;

/** Online requests in PostgreSQL: one row per client id, its resources, its photos. */
export function requestStore(db: Database, photos: PhotoStore): RequestRulesStore {
  return {
    practice: async (ods) => (await practiceStore(db).practiceDocument(ods))?.settings,
    async countAttempt(clientId) {
      await db.query(
        'insert into request_attempt (client_id, attempts) values ($1, 1) on conflict (client_id) do update set attempts = request_attempt.attempts + 1',
        [clientId],
      );
    },
    firstAnswer: (clientId) => answerOf(db, clientId),
    async nextRequestNumber() {
      const [row] = await db.query<{ n: number }>("select nextval('request_number')::integer as n");
      return row!.n;
    },
    newId: () => randomUUID(),
    statusKey: (clientId) => statusKeyFor(db, clientId),
    async saveRequest(request: NewRequest, dailyLimit: number | undefined): Promise<SaveResult> {
      // Photos first, under keys made from the client id: a racing duplicate writes the same bytes.
      for (const photo of request.photos) await photos.put(photo.key, Buffer.from(photo.data, 'base64'));
      return db.transaction(async (sql) => {
        // One practice, kind and day at a time, so the count and the insert agree across servers.
        await sql.query('select pg_advisory_xact_lock(hashtext($1))', [`request/${request.ods}/${request.kind}/${request.londonDay}`]);
        const earlier = await answerOf(sql, request.clientId);
        if (earlier) return { outcome: 'duplicate', answer: earlier };
        if (dailyLimit !== undefined) {
          const [row] = await sql.query<{ n: number }>('select count(*)::integer as n from request where ods = $1 and kind = $2 and london_day = $3', [
            request.ods,
            request.kind,
            request.londonDay,
          ]);
          if (row!.n >= dailyLimit) return { outcome: 'full' };
        }
        const task = request.resources.find((r) => r.resourceType === 'Task')!;
        const inserted = await sql.query(
          `insert into request (client_id, ods, kind, reference, london_day, received_at, task_id, answer)
           values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) on conflict (client_id) do nothing returning client_id`,
          [request.clientId, request.ods, request.kind, request.reference, request.londonDay, request.receivedAt, task.id, JSON.stringify(request.answer)],
        );
        if (inserted.length === 0) {
          // The same request, sent to another server on another London day at midnight.
          return { outcome: 'duplicate', answer: (await answerOf(sql, request.clientId))! };
        }
        const rows = JSON.stringify(request.resources.map((resource) => ({ type: resource.resourceType, id: resource.id, content: resource })));
        await sql.query(
          `insert into resource (type, id, version_id, last_updated, practice, request_id, content)
           select type, id, 1, $2, $3, $4, content from jsonb_to_recordset($1::jsonb) as r(type text, id text, content jsonb)`,
          [rows, request.receivedAt, request.ods, request.clientId],
        );
        await sql.query(
          `insert into resource_history (type, id, version_id, last_updated, content)
           select type, id, 1, $2, content from jsonb_to_recordset($1::jsonb) as r(type text, id text, content jsonb)`,
          [rows, request.receivedAt],
        );
        await audit(sql, new Date(request.receivedAt), {
          actor: 'patient',
          action: 'create',
          resourceType: 'Task',
          resourceId: task.id,
          practice: request.ods,
          detail: `online request ${request.reference}`,
        });
        return { outcome: 'stored' };
      });
    },
  };
}
