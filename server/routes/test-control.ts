import type { FastifyInstance } from 'fastify';
import { send } from '../http/reply';
import type { AppContext } from '../context';
import { problem } from '../rules/outcome';
import { seedDemo } from '../store/seed';
import { setTestClock } from '../store/clock';
import { audit } from '../store/audit';

interface RequestRow {
  client_id: string;
  answer: { entry: { resource: { id: string } }[] };
  ods: string;
  kind: string;
  reference: string;
  received_at: Date;
  london_day: string;
}

/**
 * Test-only controls for the browser tests (FRONT_DOOR_TEST_API=1 only; never part of
 * the app's contract): the clock, a reset, and what was stored, all in the database so
 * every server process sees the same.
 */
export function testRoutes(context: AppContext) {
  const { db } = context;
  /**
   * The next transaction id PostgreSQL will hand out. Only a transaction that writes takes
   * one, so an unchanged value means nothing was written, by this server or any other.
   */
  const writesSoFar = async () => (await db.query<{ next: string }>('select pg_snapshot_xmax(pg_current_snapshot())::text as next'))[0]!.next;
  let lastReset: { now: string; writes: string } | null = null;
  return async function register(app: FastifyInstance) {
    // What the practice received: each online request once, and how many POSTs each id took.
    // `?count=<client id>`: only how many are stored under that id (cheap enough to poll).
    app.get<{ Querystring: { count?: string } }>('/requests', async (request, reply) => {
      if (typeof request.query.count === 'string') {
        const stored = await db.query<{ n: number }>('select count(*)::int as n from request where client_id = $1', [request.query.count]);
        return send(reply, { status: 200, body: { id: request.query.count, stored: stored[0]?.n ?? 0 } });
      }
      const rows = await db.query<RequestRow>(
        'select client_id, ods, kind, reference, received_at, london_day::text as london_day, answer from request order by received_at, reference',
      );
      const resources = await db.query<{ request_id: string; content: { id: string; resourceType: string; content?: { attachment: { url?: string } }[] } }>(
        'select request_id, content from resource where request_id is not null',
      );
      const attempts = await db.query<{ client_id: string; attempts: number }>('select client_id, attempts from request_attempt');
      const requests = [];
      for (const row of rows) {
        // In the order the patient's Bundle had them (the answer's order).
        const order = row.answer.entry.map((e) => e.resource.id);
        const own = resources
          .filter((r) => r.request_id === row.client_id)
          .map((r) => r.content)
          .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
        const photos = [];
        for (const resource of own) {
          const url = resource.resourceType === 'DocumentReference' ? resource.content?.[0]?.attachment.url : undefined;
          const bytes = url ? await context.photos.get(url.replace(/^Binary\//, '')) : undefined;
          if (url && bytes) photos.push({ url, contentType: 'image/jpeg', data: Buffer.from(bytes).toString('base64') });
        }
        requests.push({ id: row.client_id, ods: row.ods, kind: row.kind, reference: row.reference, receivedAt: row.received_at.toISOString(), londonDay: row.london_day, resources: own, photos });
      }
      await audit(db, new Date(), { actor: 'test-api', action: 'search', resourceType: 'Task', detail: `${rows.length} requests` });
      return send(reply, { status: 200, body: { requests, attempts: Object.fromEntries(attempts.map((a) => [a.client_id, a.attempts])) } });
    });

    app.post('/reset', async (request, reply) => {
      await seedDemo(db, await context.clock.now(), { reset: true });
      return send(reply, { status: 200, body: { ok: true } });
    });

    // `keep: true` moves the clock and keeps the data (a test that saved something, then waits for the afternoon).
    app.post<{ Body: { now?: unknown; keep?: unknown } | null }>('/clock', async (request, reply) => {
      const now = request.body?.now;
      if (!request.body || (now !== null && (typeof now !== 'string' || Number.isNaN(Date.parse(now))))) {
        return send(reply, problem(400, 'invalid', 'Send {"now": ISO date-time or null}.'));
      }
      const keep = request.body.keep === true;
      // Nothing written since the last reset to this same moment: the data is as that
      // reset left it, and seeding again would only cost the browser tests time.
      const before = await writesSoFar();
      if (!keep && now !== null && lastReset?.now === now && lastReset.writes === before) {
        return send(reply, { status: 200, body: { now: new Date(now).toISOString() } });
      }
      await setTestClock(db, now === null ? null : new Date(now));
      const instant = await context.clock.now();
      if (!keep) await seedDemo(db, instant, { reset: true });
      lastReset = keep || now === null ? null : { now, writes: await writesSoFar() };
      return send(reply, { status: 200, body: { now: instant.toISOString() } });
    });
  };
}
