import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import type { Database, Sql } from '../db/database';
import { send } from '../http/reply';
import { ok, problem, type Answer } from '../rules/outcome';
import { DECOY_HASH, passwordMatches, totpStep } from '../auth/credentials';
import { isLocked } from '../rules/practice-area/sign-in';
import { OUTCOMES, parseInboxFilter, sortInbox, type CompletionOutcome } from '../rules/practice-area/inbox';
import { inboxItem, photoKey, requestDetail } from '../rules/practice-area/detail';
import { parseReply } from '../rules/practice-area/replies';
import { changedParts, settingsEditProblems } from '../rules/practice-area/settings';
import { requestFacts } from '../rules/practice-area/answers';
import { londonWallClock } from '../../src/domain/time/london';
import { audit } from '../store/audit';
import { practiceStore } from '../store/practices';
import {
  addStaff,
  clearWrongTries,
  countAddress,
  countWrongTry,
  endPending,
  endSession,
  pendingStaff,
  practiceStaff,
  publicStaff,
  sessionStaff,
  staffByEmail,
  staffById,
  startPending,
  startSession,
  updateStaff,
  takeTotpStep,
  type StaffAccount,
} from '../store/staff';
import { exportRequest } from './request-export';
import { addReply, assignRequest, completeRequest, practiceRequest, practiceRequests, requestHistory, startRequest, type StoredRequest } from '../store/inbox';

/*
 * The practice area's API (docs/practice-area-api.md), under /api/practice: the only
 * path the staff cookie is sent to. Every answer is no-store; every read and write of
 * patient data is audited; every query names the signed-in staff member's practice.
 */

export const STAFF_COOKIE = 'fd_staff';
const COOKIE_ATTRIBUTES = 'Path=/api/practice; HttpOnly; Secure; SameSite=Strict';

const WRONG_SIGN_IN = 'The email address or password is not right.';
const LOCKED = 'This account is locked after too many wrong tries. Try again in 30 minutes, or ask your practice admin.';

function cookieOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === STAFF_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

const objectBody = (body: unknown): Record<string, unknown> | null => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null);
const invalid = (field: string, text: string) => problem(400, 'invalid', text, { expression: [field] });
const notFound = () => problem(404, 'not-found', 'No request with that reference.');
const completedAlready = () => problem(409, 'conflict', 'This request is completed already.');

export interface PracticeAreaOptions {
  /** Where a notification's link points: the app's /settings page. */
  appUrl?: string;
}

export function practiceAreaRoutes(context: AppContext, options: PracticeAreaOptions = {}) {
  const { db } = context;
  const now = () => context.clock.now();

  /** The signed-in staff member, or the 401 already sent. */
  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<StaffAccount | null> {
    const token = cookieOf(request);
    const staff = token ? await sessionStaff(db, token, await now()) : undefined;
    if (staff) return staff;
    await send(reply, problem(401, 'login', 'Sign in to see this.'));
    return null;
  }

  async function asAdmin(request: FastifyRequest, reply: FastifyReply): Promise<StaffAccount | null> {
    const staff = await signedIn(request, reply);
    if (!staff) return null;
    if (staff.role === 'admin') return staff;
    await send(reply, problem(403, 'forbidden', 'Only a practice admin can do this.'));
    return null;
  }

  async function settingsOf(sql: Sql, ods: string) {
    const found = await practiceStore(sql).practiceDocument(ods);
    if (!found) throw new Error(`practice ${ods} of a signed-in staff member has no settings`);
    return found;
  }

  // `at` comes in: inside a transaction, only `sql` may be queried (PGlite has one connection).
  async function detailAnswer(sql: Sql, staff: StaffAccount, reference: string, at: Date, status = 200): Promise<Answer> {
    const request = await practiceRequest(sql, staff.ods, reference);
    if (!request) return notFound();
    await audit(sql, at, { actor: `staff:${staff.id}`, action: 'read', resourceType: 'Task', resourceId: request.taskId, practice: staff.ods, detail: `request ${request.reference}` });
    return ok(requestDetail(request, (await settingsOf(sql, staff.ods)).settings, at, await requestHistory(sql, request.clientId)), status);
  }

  /** An action on one open request of the staff member's practice, then the request as it now is. */
  async function act(
    request: FastifyRequest<{ Params: { reference: string } }>,
    reply: FastifyReply,
    work: (sql: Sql, stored: StoredRequest, staff: StaffAccount, at: Date) => Promise<Answer | void>,
    status = 200,
  ) {
    const staff = await signedIn(request, reply);
    if (!staff) return reply;
    const at = await now();
    const answer = await (db as Database).transaction(async (sql) => {
      const stored = await practiceRequest(sql, staff.ods, request.params.reference);
      if (!stored) return notFound();
      if (stored.status === 'completed') return completedAlready();
      const refused = await work(sql, stored, staff, at);
      return refused ?? detailAnswer(sql, staff, stored.reference, at, status);
    });
    return send(reply, answer);
  }

  async function signInAllowed(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (!(await countAddress(db, request.ip, await now()))) return true;
    await send(reply, { ...problem(429, 'throttled', 'Too many sign-in tries from here. Wait 15 minutes and try again.'), headers: { 'Retry-After': '900' } });
    return false;
  }

  return async function register(app: FastifyInstance) {
    app.addHook('onSend', async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
    });

    // --- Sign-in ---
    app.post('/session', async (request, reply) => {
      const body = objectBody(request.body);
      if (typeof body?.email !== 'string' || body.email.length > 254) return send(reply, invalid('email', 'Enter your email address.'));
      if (typeof body.password !== 'string' || body.password.length > 200) return send(reply, invalid('password', 'Enter your password.'));
      if (!(await signInAllowed(request, reply))) return reply;
      const at = await now();
      const account = await staffByEmail(db, body.email);
      if (!account || account.disabled) {
        await passwordMatches(body.password, DECOY_HASH); // as slow as a real check
        return send(reply, problem(401, 'login', WRONG_SIGN_IN));
      }
      if (isLocked(account.lockedUntil, at)) return send(reply, problem(423, 'security', LOCKED));
      if (!(await passwordMatches(body.password, account.passwordHash))) {
        const { locked } = await countWrongTry(db, account.id, at);
        return send(reply, locked ? problem(423, 'security', LOCKED) : problem(401, 'login', WRONG_SIGN_IN));
      }
      return send(reply, ok({ next: 'code', pending: await startPending(db, account.id, at) }));
    });

    app.post('/session/code', async (request, reply) => {
      const body = objectBody(request.body);
      if (typeof body?.pending !== 'string' || body.pending.length > 100) return send(reply, invalid('pending', 'Sign in with your email and password first.'));
      if (typeof body.code !== 'string') return send(reply, invalid('code', 'Enter the 6-digit code from your authenticator app.'));
      if (!(await signInAllowed(request, reply))) return reply;
      const at = await now();
      const staffId = await pendingStaff(db, body.pending, at);
      const account = staffId ? await staffById(db, staffId) : undefined;
      if (!account || account.disabled) return send(reply, problem(401, 'expired', 'That took too long. Sign in again.'));
      if (isLocked(account.lockedUntil, at)) {
        await endPending(db, body.pending);
        return send(reply, problem(423, 'security', LOCKED));
      }
      // A right code works once: one already used (seen over a shoulder, say) counts as wrong.
      const step = totpStep(account.totpSecret, body.code.replace(/\s/g, ''), at);
      if (step === null || !(await takeTotpStep(db, account.id, step))) {
        const { locked } = await countWrongTry(db, account.id, at);
        if (locked) await endPending(db, body.pending);
        return send(reply, locked ? problem(423, 'security', LOCKED) : problem(401, 'login', 'That code is not right or has been used. Enter the next code your app shows.'));
      }
      await clearWrongTries(db, account.id);
      await endPending(db, body.pending);
      const token = await startSession(db, account.id, at);
      await audit(db, at, { actor: `staff:${account.id}`, action: 'create', resourceType: 'Session', practice: account.ods, detail: 'signed in' });
      reply.header('Set-Cookie', `${STAFF_COOKIE}=${token}; ${COOKIE_ATTRIBUTES}`);
      return send(reply, ok({ staff: publicStaff(account) }));
    });

    app.get('/session', async (request, reply) => {
      const staff = await signedIn(request, reply);
      return staff ? send(reply, ok({ staff: publicStaff(staff) })) : reply;
    });

    app.delete('/session', async (request, reply) => {
      const token = cookieOf(request);
      if (token) await endSession(db, token);
      reply.header('Set-Cookie', `${STAFF_COOKIE}=; ${COOKIE_ATTRIBUTES}; Max-Age=0`);
      return reply.code(204).send();
    });

    // --- The inbox ---
    app.get('/requests', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      const filter = parseInboxFilter(request.query as Record<string, string | string[] | undefined>);
      if ('problem' in filter) return send(reply, invalid(filter.problem, `The ${filter.problem} filter is not one the inbox knows.`));
      const at = await now();
      const { settings } = await settingsOf(db, staff.ods);
      const all = await practiceRequests(db, staff.ods);
      const items = all.map((r) => inboxItem(r, settings, at));
      const today = londonWallClock(at).date;
      const shown = sortInbox(
        items.filter(
          (item) =>
            (!filter.kind || item.kind === filter.kind) &&
            (filter.statuses.length === 0 || filter.statuses.includes(item.status)) &&
            (!filter.mine || item.assignedTo?.id === staff.id),
        ),
      );
      await audit(db, at, { actor: `staff:${staff.id}`, action: 'search', resourceType: 'Task', practice: staff.ods, detail: `inbox: ${shown.length} requests` });
      return send(
        reply,
        ok({
          requests: shown,
          load: {
            receivedToday: all.filter((r) => r.londonDay === today).length,
            open: items.filter((i) => i.status !== 'completed').length,
            overdue: items.filter((i) => i.overdue).length,
          },
          checkedAt: at.toISOString(),
        }),
      );
    });

    app.get<{ Params: { reference: string } }>('/requests/:reference', async (request, reply) => {
      const staff = await signedIn(request, reply);
      return staff ? send(reply, await detailAnswer(db, staff, request.params.reference, await now())) : reply;
    });

    for (const format of ['json', 'pdf'] as const) {
      app.get<{ Params: { reference: string } }>(`/requests/:reference/export.${format}`, async (request, reply) => {
        const staff = await signedIn(request, reply);
        if (!staff) return reply;
        const at = await now();
        const stored = await practiceRequest(db, staff.ods, request.params.reference);
        if (!stored) return send(reply, notFound());
        if (stored.status !== 'completed') return send(reply, problem(409, 'conflict', 'Complete the request before exporting it to the record.'));
        const { settings } = await settingsOf(db, staff.ods);
        const detail = requestDetail(stored, settings, at, await requestHistory(db, stored.clientId));
        const file = await exportRequest(format, { sql: db, request: stored, detail, practice: settings, photos: context.photos, now: at });
        await audit(db, at, { actor: `staff:${staff.id}`, action: 'read', resourceType: 'Task', resourceId: stored.taskId, practice: staff.ods, detail: `export ${format} of ${stored.reference}` });
        return reply
          .code(200)
          .headers({ 'Cache-Control': 'no-store', 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` })
          .send(file.body);
      });
    }

    app.get<{ Params: { reference: string; id: string } }>('/requests/:reference/photos/:id', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      const stored = await practiceRequest(db, staff.ods, request.params.reference);
      const photo = stored ? photoKey(stored, request.params.id) : undefined;
      const bytes = photo ? await context.photos.get(photo.key) : undefined;
      if (!stored || !photo || !bytes) return send(reply, problem(404, 'not-found', 'No such photo.'));
      await audit(db, await now(), { actor: `staff:${staff.id}`, action: 'read', resourceType: 'DocumentReference', resourceId: request.params.id, practice: staff.ods, detail: `photo of ${stored.reference}` });
      return reply.code(200).headers({ 'Cache-Control': 'no-store', 'Content-Type': photo.contentType }).send(Buffer.from(bytes));
    });

    app.post<{ Params: { reference: string } }>('/requests/:reference/assign', async (request, reply) =>
      act(request, reply, async (sql, stored, staff, at) => {
        const body = objectBody(request.body);
        if (!body || !('staffId' in body) || (body.staffId !== null && typeof body.staffId !== 'string')) return invalid('staffId', 'Choose who to assign it to, or no one.');
        if (body.staffId === null) return void (await assignRequest(sql, stored, null, staff, at));
        const assignee = await staffById(sql, body.staffId as string);
        if (!assignee || assignee.ods !== staff.ods || assignee.disabled) return invalid('staffId', 'That is not a staff member of this practice.');
        await assignRequest(sql, stored, assignee, staff, at);
      }),
    );

    app.post<{ Params: { reference: string } }>('/requests/:reference/start', async (request, reply) =>
      act(request, reply, async (sql, stored, staff, at) => {
        if (stored.status !== 'in-progress') await startRequest(sql, stored, staff, at);
      }),
    );

    app.post<{ Params: { reference: string } }>('/requests/:reference/complete', async (request, reply) =>
      act(request, reply, async (sql, stored, staff, at) => {
        const body = objectBody(request.body);
        if (!body || !(OUTCOMES as readonly unknown[]).includes(body.outcome)) return invalid('outcome', `Choose an outcome: ${OUTCOMES.join(', ')}.`);
        if (body.note !== undefined && (typeof body.note !== 'string' || body.note.length > 1000)) return invalid('note', 'A note is text of up to 1000 characters.');
        const note = typeof body.note === 'string' && body.note.trim() !== '' ? body.note : undefined;
        await completeRequest(sql, stored, body.outcome as CompletionOutcome, note, staff, at);
      }),
    );

    app.post<{ Params: { reference: string } }>('/requests/:reference/replies', async (request, reply) => {
      let notify: (() => Promise<void>) | undefined;
      await act(
        request,
        reply,
        async (sql, stored, staff, at) => {
          const parsed = parseReply(request.body);
          if ('problem' in parsed) return invalid(parsed.problem, parsed.problem === 'text' ? 'Write a reply of up to 2000 characters.' : 'Say whether the reply invites an appointment.');
          await addReply(sql, stored, parsed, staff, at);
          const { contact } = requestFacts(stored.task, stored.patient, stored.responses);
          notify = () => context.notifier.replyWaiting({ ...(contact.phone ? { phone: contact.phone } : {}), ...(contact.email ? { email: contact.email } : {}) }, staff.practiceName, options.appUrl ?? appUrlOf(request));
        },
        201,
      );
      // After the reply is stored and answered: a failed notification never fails the reply.
      if (notify) await notify().catch((error: Error) => console.error(`Notification failed: ${error.message}`));
      return reply;
    });

    // --- Settings and staff (admin) ---
    app.get('/settings', async (request, reply) => {
      const staff = await signedIn(request, reply);
      return staff ? send(reply, await settingsAnswer(db, staff.ods)) : reply;
    });

    app.put('/settings', async (request, reply) => {
      const admin = await asAdmin(request, reply);
      if (!admin) return reply;
      const ifMatch = /^(?:W\/)?"(\d+)"$/.exec(String(request.headers['if-match'] ?? '').trim());
      if (!ifMatch) return send(reply, problem(428, 'required', 'Send If-Match with the version you edited.', { expression: ['If-Match'] }));
      const body = objectBody(request.body);
      if (!body || !('settings' in body)) return send(reply, invalid('settings', 'Send {"settings": …}.'));
      const at = await now();
      const answer = await db.transaction(async (sql) => {
        const [row] = await sql.query<{ version: number; settings: unknown }>('select version, settings from practice where ods = $1 for update', [admin.ods]);
        const current = await practiceStore(sql).practiceDocument(admin.ods);
        if (!row || !current) return notFound();
        if (row.version !== Number(ifMatch[1])) return problem(412, 'conflict', 'Someone else saved the settings first. Reload them and make your change again.');
        const checked = settingsEditProblems(body.settings, current.settings);
        if (Array.isArray(checked)) {
          return { status: 400, body: { resourceType: 'OperationOutcome', issue: checked.map((p) => ({ severity: 'error', code: 'invalid', details: { text: p.text }, expression: [p.expression] })) } };
        }
        const changed = changedParts(current.settings, checked.settings);
        const [saved] = await sql.query<{ version: number }>('update practice set version = version + 1, settings = $2::jsonb, updated_at = $3 where ods = $1 returning version', [
          admin.ods,
          JSON.stringify(checked.settings),
          at,
        ]);
        await sql.query('insert into practice_history (ods, version, settings, updated_at, changed_by, changed) values ($1, $2, $3::jsonb, $4, $5, $6::jsonb)', [
          admin.ods,
          saved!.version,
          JSON.stringify(checked.settings),
          at,
          admin.name,
          JSON.stringify(changed),
        ]);
        await audit(sql, at, { actor: `staff:${admin.id}`, action: 'update', resourceType: 'PracticeSettings', resourceId: admin.ods, practice: admin.ods, detail: `settings: ${changed.join(', ') || 'no change'}` });
        return settingsAnswer(sql, admin.ods);
      });
      return send(reply, answer);
    });

    app.get('/staff', async (request, reply) => {
      const admin = await asAdmin(request, reply);
      if (!admin) return reply;
      const staff = await practiceStaff(db, admin.ods);
      return send(reply, ok({ staff: staff.map((s) => ({ ...publicStaff(s), disabled: s.disabled })) }));
    });

    app.post('/staff', async (request, reply) => {
      const admin = await asAdmin(request, reply);
      if (!admin) return reply;
      const body = objectBody(request.body);
      const name = typeof body?.name === 'string' ? body.name.trim() : '';
      const email = typeof body?.email === 'string' ? body.email.trim() : '';
      if (name.length < 1 || name.length > 100) return send(reply, invalid('name', 'Enter the staff member’s name (up to 100 characters).'));
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) return send(reply, invalid('email', 'Enter an email address like name@example.nhs.uk.'));
      if (body?.role !== 'staff' && body?.role !== 'admin') return send(reply, invalid('role', 'Choose a role: staff or admin.'));
      const at = await now();
      const added = await addStaff(db, { ods: admin.ods, name, email, role: body.role }, at);
      if (added === 'duplicate') return send(reply, problem(409, 'duplicate', 'There is an account with that email address already.', { expression: ['email'] }));
      await audit(db, at, { actor: `staff:${admin.id}`, action: 'create', resourceType: 'Staff', resourceId: added.staff.id, practice: admin.ods, detail: `added ${body.role}` });
      return send(reply, ok({ staff: { ...publicStaff(added.staff), disabled: false }, password: added.password, totpUri: added.totpUri }, 201));
    });

    app.patch<{ Params: { id: string } }>('/staff/:id', async (request, reply) => {
      const admin = await asAdmin(request, reply);
      if (!admin) return reply;
      const body = objectBody(request.body);
      if (!body) return send(reply, invalid('role', 'Send {"role"?, "disabled"?}.'));
      if (body.role !== undefined && body.role !== 'staff' && body.role !== 'admin') return send(reply, invalid('role', 'Choose a role: staff or admin.'));
      if (body.disabled !== undefined && typeof body.disabled !== 'boolean') return send(reply, invalid('disabled', 'disabled is true or false.'));
      const target = await staffById(db, request.params.id);
      if (!target || target.ods !== admin.ods) return send(reply, problem(404, 'not-found', 'No such staff member.'));
      if (target.id === admin.id && (body.disabled === true || body.role === 'staff')) {
        return send(reply, problem(409, 'business-rule', 'You cannot disable your own account or take away your own admin role. Ask another admin.'));
      }
      const patch = { ...(body.role ? { role: body.role as 'staff' | 'admin' } : {}), ...(typeof body.disabled === 'boolean' ? { disabled: body.disabled } : {}) };
      await updateStaff(db, target.id, patch);
      await audit(db, await now(), { actor: `staff:${admin.id}`, action: 'update', resourceType: 'Staff', resourceId: target.id, practice: admin.ods, detail: JSON.stringify(patch) });
      const updated = (await staffById(db, target.id))!;
      return send(reply, ok({ staff: { ...publicStaff(updated), disabled: updated.disabled } }));
    });
  };
}

function appUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/settings`;
}

async function settingsAnswer(sql: Sql, ods: string): Promise<Answer> {
  const found = await practiceStore(sql).practiceDocument(ods);
  if (!found) return problem(404, 'not-found', 'No such practice.');
  const history = await sql.query<{ version: number; changed_by: string | null; updated_at: Date; changed: string[] | null }>(
    'select version, changed_by, updated_at, changed from practice_history where ods = $1 order by version desc limit 50',
    [ods],
  );
  return ok({
    settings: found.settings,
    version: found.version,
    history: history.map((h) => ({ version: h.version, by: h.changed_by ?? 'setup', at: new Date(h.updated_at).toISOString(), changed: h.changed ?? [] })),
  });
}
