import type { Sql } from '../db/database';

/** Who did it: the patient (anonymous, by what they sent), staff, a job or the test API. */
export interface AuditEvent {
  actor: string;
  action: 'create' | 'read' | 'update' | 'delete' | 'search';
  resourceType?: string;
  resourceId?: string;
  practice?: string;
  detail?: string;
}

/** Records a read or write of patient data, in the same transaction as the work itself. */
export async function audit(sql: Sql, at: Date, event: AuditEvent): Promise<void> {
  await sql.query(
    'insert into audit_event (at, actor, action, resource_type, resource_id, practice, detail) values ($1, $2, $3, $4, $5, $6, $7)',
    [at, event.actor, event.action, event.resourceType ?? null, event.resourceId ?? null, event.practice ?? null, event.detail ?? null],
  );
}
