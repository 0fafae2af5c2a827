import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { PracticeSettingsSchema } from '../../src/domain/practice/practice-settings';
import type { MockStore } from '../data/store';
import { MOCK_STAFF_CODE, type MockRequest, type MockStaff, type Priority } from '../data/practice-area-store';
import { json, operationOutcome, readJson } from './responses';

/*
 * The practice area's API (docs/practice-area-api.md) over the mock's memory, so the
 * staff pages can be tested and tried without the server. Minimal logic on purpose.
 */
const ORDER: Priority[] = ['stat', 'asap', 'urgent', 'routine'];
const OUTCOMES = ['appointment-booked', 'advice-given', 'prescription', 'referred', 'other'];
const COOKIE = 'fd_staff=mock; Path=/api/practice; HttpOnly; Secure; SameSite=Strict';

const publicStaff = ({ id, name, email, role, ods, practiceName }: MockStaff) => ({ id, name, email, role, ods, practiceName });

export function practiceAreaHandlers(store: MockStore) {
  const area = () => store.practiceArea;
  const now = () => store.clock.now();
  const signedIn = () => area().staff.find((s) => s.id === area().signedIn && !s.disabled);
  const signedOut = () => operationOutcome(401, 'login', 'Sign in to the practice area.');
  const isOverdue = (r: MockRequest) => r.status !== 'completed' && Date.parse(r.replyBy) < now().getTime();
  const item = (r: MockRequest) => ({
    reference: r.reference,
    kind: r.kind,
    priority: r.priority,
    disposition: r.disposition,
    summary: r.summary,
    patientName: r.patient.name,
    receivedAt: r.receivedAt,
    replyBy: r.replyBy,
    overdue: isOverdue(r),
    status: r.status,
    ...(r.assignedTo ? { assignedTo: r.assignedTo } : {}),
  });
  const detail = (r: MockRequest) => {
    const { ods: _ods, disposition: _d, summary: _s, ...rest } = r;
    return { ...rest, overdue: isOverdue(r) };
  };
  /** Another practice's request answers exactly as a missing one. */
  const find = (staff: MockStaff, reference: string) => area().requests.find((r) => r.reference === reference && r.ods === staff.ods);
  const notFound = () => operationOutcome(404, 'not-found', 'No such request.');

  function act(change: (r: MockRequest, staff: MockStaff, body: Record<string, unknown>) => Response | string, status = 200) {
    return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const staff = signedIn();
      if (!staff) return signedOut();
      const found = find(staff, String(params.reference));
      if (!found) return notFound();
      if (found.status === 'completed') return operationOutcome(409, 'conflict', 'This request is completed.');
      const body = ((await readJson(request)) ?? {}) as Record<string, unknown>;
      const what = change(found, staff, body);
      if (what instanceof Response) return what;
      found.history.push({ at: now().toISOString(), by: staff.name, what });
      return json(detail(found), status);
    };
  }

  return [
    http.post('*/api/practice/session', async ({ request }) => {
      const body = ((await readJson(request)) ?? {}) as { email?: string; password?: string };
      const staff = area().staff.find((s) => s.email === body.email && !s.disabled);
      if (staff?.lockedUntil && staff.lockedUntil > now().getTime()) return operationOutcome(423, 'security', 'This account is locked.');
      if (!staff || staff.password !== body.password) {
        if (staff && ++staff.wrongTries >= 6) staff.lockedUntil = now().getTime() + 30 * 60_000;
        return staff?.lockedUntil ? operationOutcome(423, 'security', 'This account is locked.') : operationOutcome(401, 'login', 'Wrong email or password.');
      }
      staff.wrongTries = 0;
      const pending = crypto.randomUUID();
      area().pending.set(pending, { staffId: staff.id, at: now().getTime() });
      return json({ next: 'code', pending });
    }),
    http.post('*/api/practice/session/code', async ({ request }) => {
      const body = ((await readJson(request)) ?? {}) as { pending?: string; code?: string };
      const pending = body.pending ? area().pending.get(body.pending) : undefined;
      if (!pending || now().getTime() - pending.at > 5 * 60_000 || body.code !== MOCK_STAFF_CODE) return operationOutcome(401, 'login', 'Wrong or expired code.');
      area().pending.delete(body.pending!);
      area().signedIn = pending.staffId;
      return json({ staff: publicStaff(signedIn()!) }, 200, { 'Set-Cookie': COOKIE });
    }),
    http.get('*/api/practice/session', () => {
      const staff = signedIn();
      return staff ? json({ staff: publicStaff(staff) }) : signedOut();
    }),
    http.delete('*/api/practice/session', () => {
      area().signedIn = null;
      return new HttpResponse(null, { status: 204, headers: { 'Cache-Control': 'no-store', 'Set-Cookie': 'fd_staff=; Path=/api/practice; Max-Age=0' } });
    }),

    http.get('*/api/practice/requests', ({ request }) => {
      const staff = signedIn();
      if (!staff) return signedOut();
      const query = new URL(request.url).searchParams;
      const statuses = query.getAll('status');
      const mine = area().requests.filter((r) => r.ods === staff.ods);
      const shown = mine
        .filter((r) => !query.get('kind') || r.kind === query.get('kind'))
        .filter((r) => statuses.length === 0 || statuses.includes(r.status))
        .filter((r) => query.get('mine') !== '1' || r.assignedTo?.id === staff.id)
        .sort((a, b) => ORDER.indexOf(a.priority) - ORDER.indexOf(b.priority) || Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
      const today = now().toISOString().slice(0, 10);
      return json({
        requests: shown.map(item),
        load: {
          receivedToday: mine.filter((r) => r.receivedAt.startsWith(today)).length,
          open: mine.filter((r) => r.status !== 'completed').length,
          overdue: mine.filter(isOverdue).length,
        },
        checkedAt: now().toISOString(),
      });
    }),
    http.get('*/api/practice/requests/:reference', ({ params }) => {
      const staff = signedIn();
      if (!staff) return signedOut();
      const found = find(staff, String(params.reference));
      return found ? json(detail(found)) : notFound();
    }),
    http.post(
      '*/api/practice/requests/:reference/assign',
      act((r, staff, body) => {
        const to = body.staffId === null ? undefined : area().staff.find((s) => s.id === body.staffId && s.ods === staff.ods);
        if (body.staffId !== null && !to) return operationOutcome(400, 'invalid', 'No such staff member.', ['staffId']);
        r.assignedTo = to ? { id: to.id, name: to.name } : undefined;
        return to ? `Assigned to ${to.name}` : 'Unassigned';
      }),
    ),
    http.post(
      '*/api/practice/requests/:reference/start',
      act((r) => {
        r.status = 'in-progress';
        return 'Marked in progress';
      }),
    ),
    http.post(
      '*/api/practice/requests/:reference/complete',
      act((r, staff, body) => {
        if (typeof body.outcome !== 'string' || !OUTCOMES.includes(body.outcome)) return operationOutcome(400, 'invalid', 'Choose an outcome.', ['outcome']);
        r.status = 'completed';
        r.outcome = { code: body.outcome, ...(typeof body.note === 'string' ? { note: body.note } : {}), by: staff.name, at: now().toISOString() };
        return 'Completed';
      }),
    ),
    http.post(
      '*/api/practice/requests/:reference/replies',
      act((r, staff, body) => {
        const text = typeof body.text === 'string' ? body.text : '';
        if (text.trim().length === 0 || [...text].length > 2000) return operationOutcome(400, 'invalid', 'A reply is 1 to 2000 characters.', ['text']);
        r.replies.push({ id: crypto.randomUUID(), text, inviteAppointment: body.inviteAppointment === true, sentAt: now().toISOString(), by: staff.name });
        return 'Replied to the patient';
      }, 201),
    ),
    http.get('*/api/practice/requests/:reference/photos/:id', ({ params }) => {
      const staff = signedIn();
      if (!staff) return signedOut();
      const found = find(staff, String(params.reference));
      if (!found?.photos.some((p) => p.id === params.id)) return notFound();
      // A 1×1 PNG stands in for the photo.
      const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      return new HttpResponse(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' } });
    }),

    http.get('*/api/practice/settings', () => {
      const staff = signedIn();
      if (!staff) return signedOut();
      return json({ settings: store.practices.get(staff.ods), version: area().settingsVersion, history: area().settingsHistory });
    }),
    http.put('*/api/practice/settings', async ({ request }) => {
      const staff = signedIn();
      if (!staff) return signedOut();
      if (staff.role !== 'admin') return operationOutcome(403, 'forbidden', 'Only the practice admin can change the settings.');
      if (request.headers.get('If-Match') !== `"${area().settingsVersion}"`) return operationOutcome(412, 'conflict', 'Someone else saved the settings first.');
      const body = ((await readJson(request)) ?? {}) as { settings?: unknown };
      const parsed = v.safeParse(PracticeSettingsSchema, body.settings);
      if (!parsed.success) {
        return json(
          {
            resourceType: 'OperationOutcome',
            issue: parsed.issues.map((issue) => ({ severity: 'error', code: 'invalid', details: { text: issue.message }, expression: [v.getDotPath(issue) ?? ''] })),
          },
          400,
        );
      }
      const before = store.practices.get(staff.ods)!;
      const changed = Object.keys(parsed.output).filter((key) => JSON.stringify(parsed.output[key as keyof typeof before]) !== JSON.stringify(before[key as keyof typeof before]));
      store.practices.set(staff.ods, parsed.output);
      area().settingsVersion += 1;
      area().settingsHistory.unshift({ version: area().settingsVersion, by: staff.name, at: now().toISOString(), changed });
      return json({ settings: parsed.output, version: area().settingsVersion, history: area().settingsHistory });
    }),

    http.get('*/api/practice/staff', () => {
      const staff = signedIn();
      if (!staff) return signedOut();
      if (staff.role !== 'admin') return operationOutcome(403, 'forbidden', 'Only the practice admin can see staff accounts.');
      return json({ staff: area().staff.filter((s) => s.ods === staff.ods).map((s) => ({ ...publicStaff(s), disabled: s.disabled })) });
    }),
    http.post('*/api/practice/staff', async ({ request }) => {
      const admin = signedIn();
      if (!admin) return signedOut();
      if (admin.role !== 'admin') return operationOutcome(403, 'forbidden', 'Only the practice admin can add staff.');
      const body = ((await readJson(request)) ?? {}) as { name?: string; email?: string; role?: string };
      if (!body.name?.trim()) return operationOutcome(400, 'required', 'Enter a name.', ['name']);
      if (!body.email?.includes('@')) return operationOutcome(400, 'invalid', 'Enter an email address.', ['email']);
      if (area().staff.some((s) => s.email === body.email)) return operationOutcome(400, 'duplicate', 'There is already an account with this email address.', ['email']);
      const added: MockStaff = {
        id: `staff-${crypto.randomUUID().slice(0, 8)}`,
        name: body.name.trim(),
        email: body.email,
        role: body.role === 'admin' ? 'admin' : 'staff',
        ods: admin.ods,
        practiceName: admin.practiceName,
        disabled: false,
        password: 'one-time-mock-password',
        wrongTries: 0,
      };
      area().staff.push(added);
      const totpUri = `otpauth://totp/Front%20Door:${encodeURIComponent(added.email)}?secret=JBSWY3DPEHPK3PXP&issuer=Front%20Door`;
      return json({ staff: { ...publicStaff(added), disabled: false }, password: added.password, totpUri }, 201);
    }),
    http.patch('*/api/practice/staff/:id', async ({ request, params }) => {
      const admin = signedIn();
      if (!admin) return signedOut();
      if (admin.role !== 'admin') return operationOutcome(403, 'forbidden', 'Only the practice admin can change staff.');
      const target = area().staff.find((s) => s.id === params.id && s.ods === admin.ods);
      if (!target) return operationOutcome(404, 'not-found', 'No such staff member.');
      if (target.id === admin.id) return operationOutcome(400, 'business-rule', 'You cannot change your own account here.');
      const body = ((await readJson(request)) ?? {}) as { role?: string; disabled?: boolean };
      if (body.role === 'admin' || body.role === 'staff') target.role = body.role;
      if (typeof body.disabled === 'boolean') target.disabled = body.disabled;
      return json({ staff: { ...publicStaff(target), disabled: target.disabled } });
    }),
  ];
}
