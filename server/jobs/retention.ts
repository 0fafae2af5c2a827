import type { Database } from '../db/database';
import type { PhotoStore } from '../store/photos';
import { audit } from '../store/audit';
import { ADDRESS_WINDOW_MINUTES, IDLE_MINUTES } from '../rules/practice-area/sign-in';

export interface RetentionPolicy {
  /** Delete a request, its resources and photos this many days after it was closed. */
  closedRequestDays: number;
}

/** FRONT_DOOR_RETENTION_DAYS, default 90 (README, "Retention and audit"). */
export function retentionPolicy(env: NodeJS.ProcessEnv = process.env): RetentionPolicy {
  const days = Number(env.FRONT_DOOR_RETENTION_DAYS ?? 90);
  if (!Number.isInteger(days) || days < 1) throw new Error('FRONT_DOOR_RETENTION_DAYS must be a whole number of days, 1 or more.');
  return { closedRequestDays: days };
}

/**
 * Deletes the requests closed longer ago than the policy allows: the request, every
 * resource that came with it (and their history) and its photos, and records each
 * deletion in the audit table. Safe to run on several servers at once: each request
 * is claimed by the one that deletes its row.
 */
export async function deleteExpiredRequests(db: Database, photos: PhotoStore, policy: RetentionPolicy, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - policy.closedRequestDays * 86_400_000);
  const expired = await db.query<{ client_id: string }>('select client_id from request where closed_at is not null and closed_at < $1 order by closed_at limit 500', [
    cutoff,
  ]);
  let deleted = 0;
  for (const { client_id: clientId } of expired) {
    const gone = await db.transaction(async (sql) => {
      const [request] = await sql.query<{ ods: string; reference: string; task_id: string }>('delete from request where client_id = $1 returning ods, reference, task_id', [clientId]);
      if (!request) return null; // another server took it
      const resources = await sql.query<{ type: string; id: string; content: { content?: { attachment: { url?: string } }[] } }>(
        'delete from resource where request_id = $1 returning type, id, content',
        [clientId],
      );
      await sql.query(
        'delete from resource_history h using jsonb_to_recordset($1::jsonb) as r(type text, id text) where h.type = r.type and h.id = r.id',
        [JSON.stringify(resources.map(({ type, id }) => ({ type, id })))],
      );
      await sql.query('delete from request_attempt where client_id = $1', [clientId]);
      await audit(sql, now, { actor: 'retention-job', action: 'delete', resourceType: 'Task', resourceId: request.task_id, practice: request.ods, detail: `online request ${request.reference}` });
      return resources.flatMap((r) => (r.type === 'DocumentReference' ? (r.content.content ?? []).map((c) => c.attachment.url ?? '') : []));
    });
    if (!gone) continue;
    for (const url of gone) if (url.startsWith('Binary/')) await photos.delete(url.slice('Binary/'.length));
    deleted++;
  }
  return deleted;
}

/**
 * Forgets sign-in sessions that have ended and lock-outs that have run out: they say who
 * signed in to which referral or booking, so they are kept no longer than they work.
 */
export async function deleteEndedSignIns(db: Database, now: Date): Promise<number> {
  const sessions = await db.query('delete from booking_session where expires_at <= $1 returning 1', [now]);
  await db.query('delete from sign_in_lock where locked_until is not null and locked_until <= $1', [now]);
  // Staff sessions past their absolute or idle end, codes never entered, old address counts.
  const staff = await db.query(
    'delete from staff_session where expires_at <= $1 or last_seen + make_interval(mins => $2) <= $1::timestamptz returning 1',
    [now, IDLE_MINUTES],
  );
  await db.query('delete from staff_sign_in_pending where expires_at <= $1', [now]);
  await db.query('delete from staff_sign_in_rate where window_start + make_interval(mins => $2) <= $1::timestamptz', [now, ADDRESS_WINDOW_MINUTES]);
  return sessions.length + staff.length;
}
