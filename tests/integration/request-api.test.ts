import { describe, expect, it } from 'vitest';
import type { Bundle, Task } from 'fhir/r4';
import { mockServer, mockStore } from '../../mocks/node';
import { postRequest } from '../../src/platform/device/outbox-sending';
import { apiGet } from '../../src/platform/api/client';
import { queued } from '../../src/domain/request/outbox-state';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import { referenceOf } from '../../src/platform/device/outbox-answers';
import { completeDraft, NOW } from '../unit/request/fixtures';

/*
 * The request contract through the MSW mock (the same rules as the server, in memory):
 * a transaction Bundle to the FHIR base, stored once per client id.
 */
const BASE = 'http://127.0.0.1/api/';
type Json = Record<string, unknown>;

async function post(body: unknown) {
  const response = await fetch(`${BASE}fhir`, { method: 'POST', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Json };
}

const idFor = (n: number) => `0b6c4f1e-2d3a-4c5b-8e9f-${String(n).padStart(12, '0')}`;
const bundleFor = (n: number, overrides = {}) => buildRequestBundle({ ...completeDraft(overrides), id: idFor(n) }, null, [], NOW);
const forPractice = (n: number, ods: string) => bundleFor(n, { ods });
const codings = (body: Json) => (body.issue as { details: { coding: { code: string }[] } }[]).flatMap((i) => i.details.coding.map((c) => c.code));
const MONDAY_EVENING = new Date('2026-11-23T19:00:00Z');

describe('POST /api/fhir (an online request)', () => {
  it('goes gzipped, well under half its size, once the backend has said it reads gzip, and is stored as sent', async () => {
    mockStore.clock.set(NOW);
    const bundle = bundleFor(40);
    const sent: { encoding: string | null; bytes: number }[] = [];
    const seeBody = async ({ request }: { request: Request }) => {
      if (request.method === 'POST') sent.push({ encoding: request.headers.get('content-encoding'), bytes: (await request.clone().arrayBuffer()).byteLength });
    };
    mockServer.events.on('request:start', seeBody);
    try {
      // The practice's settings come first on every journey; their answer says gzip is read.
      await apiGet('practices/Y99001');
      const answer = await postRequest(queued(idFor(40), 'Y99001', 'admin', bundle, NOW));
      expect(referenceOf(answer, idFor(40))).toMatch(/^FD-/);
    } finally {
      mockServer.events.removeListener('request:start', seeBody);
    }
    expect(sent).toEqual([{ encoding: 'gzip', bytes: expect.any(Number) }]);
    expect(sent[0]!.bytes).toBeLessThan(JSON.stringify(bundle).length / 2);
    expect(mockStore.requests.byId.has(idFor(40))).toBe(true);
  });

  it('stores a request once per client id and returns the first answer to a resend', async () => {
    mockStore.clock.set(NOW);
    const first = await post(bundleFor(1));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ resourceType: 'Bundle', type: 'transaction-response' });
    const task = (first.body as unknown as Bundle).entry!.map((e) => e.resource).find((r) => r?.resourceType === 'Task') as Task;
    const reference = task.identifier!.find((i) => i.system === REQUEST_REFERENCE_SYSTEM)!.value!;
    expect(reference).toMatch(/^FD-[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(referenceOf(first.body, idFor(1))).toBe(reference);
    const again = await post(bundleFor(1));
    expect(again).toEqual(first);
    expect(mockStore.requests.byId.size).toBe(1);
    expect(mockStore.requests.attempts.get(idFor(1))).toBe(2);
  });

  it('refuses bad input with a 4xx OperationOutcome naming the fields, and stores nothing', async () => {
    const bad = bundleFor(2) as unknown as { entry: { resource: Json }[] };
    (bad.entry[0]!.resource.identifier as { value: string }[])[1]!.value = '9999999998';
    const result = await post(bad);
    expect(result.status).toBe(422);
    expect(result.body.resourceType).toBe('OperationOutcome');
    expect(codings(result.body)).toEqual(['nhsNumber']);
    expect((await post('not json at all')).status).toBe(400);
    const noClientId = bundleFor(4) as unknown as { entry: { resource: Json }[] };
    delete noClientId.entry.at(-1)!.resource.identifier;
    expect((await post(noClientId)).status).toBe(400);
    expect(mockStore.requests.byId.size).toBe(0);
  });

  it('keeps routine and admin requests open all through core hours, whatever the cap', async () => {
    mockStore.clock.set(NOW); // Monday 10:00
    for (let n = 10; n < 14; n++) expect((await post(forPractice(n, 'Y99004'))).status).toBe(200);
  });

  it('applies the daily cap outside core hours: Harbour Street takes 2 admin requests a day', async () => {
    mockStore.clock.set(MONDAY_EVENING);
    expect((await post(forPractice(20, 'Y99004'))).status).toBe(200);
    expect((await post(forPractice(21, 'Y99004'))).status).toBe(200);
    const full = await post(forPractice(22, 'Y99004'));
    expect(full.status).toBe(422);
    expect(codings(full.body)).toEqual(['capacity-reached']);
    // A resend of one already taken still gets its answer.
    expect((await post(forPractice(21, 'Y99004'))).status).toBe(200);
    // Tomorrow evening there is room again.
    mockStore.clock.set(new Date(MONDAY_EVENING.getTime() + 24 * 3600_000));
    expect((await post(forPractice(22, 'Y99004'))).status).toBe(200);
  });

  it('refuses requests a practice does not take online', async () => {
    const result = await post(forPractice(30, 'Y99003'));
    expect(result.status).toBe(422);
    expect(codings(result.body)).toEqual(['closed']);
  });
});

describe('GET /api/practices/:ods/capacity (the mock, the same rule)', () => {
  const capacity = async (ods: string) => {
    const response = await fetch(`${BASE}practices/${ods}/capacity`);
    return { status: response.status, body: (await response.json()) as Json, cacheControl: response.headers.get('Cache-Control') };
  };

  it('is never full in core hours, and full in the evening once the day’s cap is reached', async () => {
    mockStore.clock.set(NOW); // Monday 10:00
    for (let n = 60; n < 63; n++) expect((await post(forPractice(n, 'Y99004'))).status).toBe(200);
    const morning = await capacity('Y99004');
    expect(morning).toEqual({ status: 200, body: { medical: { full: false }, admin: { full: false } }, cacheControl: 'no-store' });

    mockStore.clock.set(new Date(MONDAY_EVENING.getTime() + 24 * 3600_000)); // Tuesday evening
    expect((await capacity('Y99004')).body).toEqual({ medical: { full: false }, admin: { full: false } });
    expect((await post(forPractice(63, 'Y99004'))).status).toBe(200);
    expect((await capacity('Y99004')).body).toEqual({ medical: { full: false }, admin: { full: false } });
    expect((await post(forPractice(64, 'Y99004'))).status).toBe(200);
    expect((await capacity('Y99004')).body).toEqual({ medical: { full: false }, admin: { full: true } });
    expect(codings((await post(forPractice(65, 'Y99004'))).body)).toEqual(['capacity-reached']);
  });

  it('answers an unknown practice with 404 and a bad code with 400', async () => {
    expect(await capacity('Z99999')).toMatchObject({ status: 404, body: { resourceType: 'OperationOutcome' } });
    expect(await capacity('bad!')).toMatchObject({ status: 400, body: { resourceType: 'OperationOutcome' } });
  });
});
