import { randomUUID } from 'node:crypto';
import type { Communication, DocumentReference, Patient, QuestionnaireResponse, Resource, Task } from 'fhir/r4';
import type { Sql } from '../db/database';
import type { CompletionOutcome, WorkStatus } from '../rules/practice-area/inbox';
import { replyCommunication, replyOf, type Reply } from '../rules/practice-area/replies';
import type { RequestRecord } from '../rules/practice-area/detail';
import { audit } from './audit';

/*
 * The practice's requests as the inbox reads and works them. Every query names the
 * practice, so a staff member's session can only ever reach their own practice's rows.
 */

export type StoredRequest = RequestRecord;

interface RequestRow {
  client_id: string;
  reference: string;
  kind: 'medical' | 'admin';
  received_at: Date;
  london_day: string;
  status: WorkStatus;
  assigned_to: string | null;
  assignee_name: string | null;
  outcome: string | null;
  outcome_note: string | null;
  completed_by: string | null;
  completed_at: Date | null;
  task_id: string;
}

const SELECT = `select r.client_id, r.reference, r.kind, r.received_at, r.london_day::text as london_day, r.status, r.assigned_to, s.name as assignee_name,
    r.outcome, r.outcome_note, r.completed_by, r.completed_at, r.task_id
  from request r left join staff s on s.id = r.assigned_to`;

async function withResources(sql: Sql, rows: RequestRow[], types: string[]): Promise<StoredRequest[]> {
  if (rows.length === 0) return [];
  const resources = await sql.query<{ request_id: string; content: Resource & { id: string } }>(
    'select request_id, content from resource where request_id = any($1::uuid[]) and type = any($2::text[]) order by seq',
    [rows.map((r) => r.client_id), types],
  );
  const byRequest = new Map<string, (Resource & { id: string })[]>();
  for (const r of resources) byRequest.set(r.request_id, [...(byRequest.get(r.request_id) ?? []), r.content]);
  return rows.map((row) => {
    const own = byRequest.get(row.client_id) ?? [];
    const of = <T extends Resource>(type: string) => own.filter((r) => r.resourceType === type) as (T & { id: string })[];
    return {
      clientId: row.client_id,
      reference: row.reference,
      kind: row.kind,
      receivedAt: new Date(row.received_at),
      londonDay: row.london_day,
      status: row.status,
      ...(row.assigned_to ? { assignedTo: { id: row.assigned_to, name: row.assignee_name ?? '' } } : {}),
      ...(row.outcome && row.completed_at
        ? { outcome: { code: row.outcome, ...(row.outcome_note ? { note: row.outcome_note } : {}), by: row.completed_by ?? '', at: new Date(row.completed_at).toISOString() } }
        : {}),
      taskId: row.task_id,
      task: of<Task>('Task').find((t) => t.id === row.task_id) ?? ({ resourceType: 'Task', status: 'requested', intent: 'order' } as Task),
      patient: of<Patient>('Patient')[0],
      responses: of<QuestionnaireResponse>('QuestionnaireResponse'),
      photos: of<DocumentReference>('DocumentReference'),
      replies: of<Communication>('Communication')
        .map(replyOf)
        .sort((a, b) => a.sentAt.localeCompare(b.sentAt)),
    };
  });
}

/** Every request of the practice (retention deletes closed ones after the policy's days). */
export async function practiceRequests(sql: Sql, ods: string): Promise<StoredRequest[]> {
  const rows = await sql.query<RequestRow>(`${SELECT} where r.ods = $1 order by r.received_at`, [ods]);
  return withResources(sql, rows, ['Task', 'Patient', 'QuestionnaireResponse', 'Communication']);
}

/** One request of the practice; another practice's is not found, exactly like one that does not exist. */
export async function practiceRequest(sql: Sql, ods: string, reference: string): Promise<StoredRequest | undefined> {
  const rows = await sql.query<RequestRow>(`${SELECT} where r.ods = $1 and r.reference = $2`, [ods, reference.toUpperCase()]);
  return (await withResources(sql, rows, ['Task', 'Patient', 'QuestionnaireResponse', 'Communication', 'DocumentReference']))[0];
}

export async function requestHistory(sql: Sql, clientId: string): Promise<{ at: string; by: string; what: string }[]> {
  const rows = await sql.query<{ at: Date; by_name: string; what: string }>('select at, by_name, what from request_event where client_id = $1 order by id', [clientId]);
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), by: r.by_name, what: r.what }));
}

export interface Actor {
  id: string;
  name: string;
  ods: string;
}

async function record(sql: Sql, request: StoredRequest, actor: Actor, now: Date, what: string, action: 'update' | 'create' = 'update', resource?: { type: string; id: string }) {
  await sql.query('insert into request_event (client_id, at, by_name, what) values ($1, $2, $3, $4)', [request.clientId, now, actor.name, what]);
  await audit(sql, now, {
    actor: `staff:${actor.id}`,
    action,
    resourceType: resource?.type ?? 'Task',
    resourceId: resource?.id ?? request.taskId,
    practice: actor.ods,
    detail: `${what} (${request.reference})`,
  });
}

export async function assignRequest(sql: Sql, request: StoredRequest, assignee: { id: string; name: string } | null, actor: Actor, now: Date): Promise<void> {
  await sql.query('update request set assigned_to = $2 where client_id = $1', [request.clientId, assignee?.id ?? null]);
  await record(sql, request, actor, now, assignee ? `assigned to ${assignee.name}` : 'unassigned');
}

export async function startRequest(sql: Sql, request: StoredRequest, actor: Actor, now: Date): Promise<void> {
  await sql.query("update request set status = 'in-progress' where client_id = $1", [request.clientId]);
  await record(sql, request, actor, now, 'marked in progress');
}

/** Completed requests are closed: retention counts from now. */
export async function completeRequest(sql: Sql, request: StoredRequest, outcome: CompletionOutcome, note: string | undefined, actor: Actor, now: Date): Promise<void> {
  await sql.query("update request set status = 'completed', outcome = $2, outcome_note = $3, completed_by = $4, completed_at = $5, closed_at = $5 where client_id = $1", [
    request.clientId,
    outcome,
    note ?? null,
    actor.name,
    now,
  ]);
  await record(sql, request, actor, now, `completed: ${outcome}`);
}

/** A reply, stored with the request as a Communication (and its first version in the history). */
export async function addReply(sql: Sql, request: StoredRequest, reply: { text: string; inviteAppointment: boolean }, actor: Actor, now: Date): Promise<Reply> {
  const patientReference = request.task.for?.reference;
  const communication = replyCommunication(randomUUID(), reply, { taskId: request.taskId, ...(patientReference ? { patientReference } : {}) }, actor, now);
  await sql.query("insert into resource (type, id, version_id, last_updated, practice, request_id, content) values ('Communication', $1, 1, $2, $3, $4, $5::jsonb)", [
    communication.id,
    now,
    actor.ods,
    request.clientId,
    JSON.stringify(communication),
  ]);
  await sql.query("insert into resource_history (type, id, version_id, last_updated, content) values ('Communication', $1, 1, $2, $3::jsonb)", [
    communication.id,
    now,
    JSON.stringify(communication),
  ]);
  await record(sql, request, actor, now, 'replied to the patient', 'create', { type: 'Communication', id: communication.id });
  return replyOf(communication);
}

/** What the patient's status page needs, by reference alone (the key is checked by the caller). */
export async function statusFacts(sql: Sql, reference: string) {
  const [row] = await sql.query<{ client_id: string; ods: string; practice_name: string; status: WorkStatus; assigned_to: string | null }>(
    `select r.client_id, r.ods, p.settings ->> 'name' as practice_name, r.status, r.assigned_to from request r join practice p on p.ods = r.ods where r.reference = $1`,
    [reference],
  );
  if (!row) return undefined;
  const communications = await sql.query<{ content: Communication }>("select content from resource where request_id = $1 and type = 'Communication' order by seq", [row.client_id]);
  return {
    clientId: row.client_id,
    ods: row.ods,
    practiceName: row.practice_name,
    status: row.status,
    assigned: row.assigned_to !== null,
    replies: communications.map((c) => replyOf(c.content)).map(({ text, sentAt, inviteAppointment }) => ({ text, sentAt, inviteAppointment })),
  };
}
