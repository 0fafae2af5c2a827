import { describe, expect, it } from 'vitest';
import { mockStore } from '../../mocks/node';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import { completeDraft, NOW } from '../unit/request/fixtures';

const BASE = 'http://127.0.0.1/api/';
type Json = Record<string, unknown>;

async function post(ods: string, body: unknown, key?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key) headers['Idempotency-Key'] = key;
  const response = await fetch(`${BASE}practices/${ods}/requests`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Json };
}

const idFor = (n: number) => `0b6c4f1e-2d3a-4c5b-8e9f-${String(n).padStart(12, '0')}`;
const bundleFor = (n: number, overrides = {}) => buildRequestBundle({ ...completeDraft(overrides), id: idFor(n) }, null, [], NOW);
const codings = (body: Json) => (body.issue as { details: { coding: { code: string }[] } }[]).flatMap((i) => i.details.coding.map((c) => c.code));

describe('POST /api/practices/:ods/requests', () => {
  it('stores a request once per client id and returns the first answer to a resend', async () => {
    mockStore.clock.set(NOW);
    const first = await post('Y99001', bundleFor(1), idFor(1));
    expect(first.status).toBe(201);
    expect(first.body.identifier).toMatchObject({ system: REQUEST_REFERENCE_SYSTEM, value: expect.stringMatching(/^FD-[A-Z2-9]{3}-[A-Z2-9]{3}$/) });
    const again = await post('Y99001', bundleFor(1), idFor(1));
    expect(again).toEqual(first);
    expect(mockStore.requests.byId.size).toBe(1);
    expect(mockStore.requests.attempts.get(idFor(1))).toBe(2);
  });

  it('refuses bad input with a 4xx OperationOutcome naming the fields, and stores nothing', async () => {
    const bad = bundleFor(2) as unknown as { entry: { resource: Json }[] };
    (bad.entry[0]!.resource.identifier as { value: string }[])[0]!.value = '9999999998';
    const result = await post('Y99001', bad, idFor(2));
    expect(result.status).toBe(422);
    expect(result.body.resourceType).toBe('OperationOutcome');
    expect(codings(result.body)).toEqual(['nhsNumber']);
    expect((await post('Y99001', 'not json at all', idFor(3))).status).toBe(422);
    expect((await post('Y99001', bundleFor(4))).status).toBe(400); // no Idempotency-Key
    expect((await post('Y99001', bundleFor(5), idFor(6))).status).toBe(422); // key is not the Bundle's id
    expect(mockStore.requests.byId.size).toBe(0);
  });

  it('counts capacity per practice per London day: Harbour Street takes 2 admin requests a day', async () => {
    mockStore.clock.set(NOW);
    expect((await post('Y99004', bundleFor(10), idFor(10))).status).toBe(201);
    expect((await post('Y99004', bundleFor(11), idFor(11))).status).toBe(201);
    const full = await post('Y99004', bundleFor(12), idFor(12));
    expect(full.status).toBe(422);
    expect(codings(full.body)).toEqual(['capacity-reached']);
    // A resend of one already taken still gets its answer.
    expect((await post('Y99004', bundleFor(11), idFor(11))).status).toBe(201);
    // Tomorrow there is room again.
    mockStore.clock.set(new Date(NOW.getTime() + 24 * 3600_000));
    expect((await post('Y99004', bundleFor(12), idFor(12))).status).toBe(201);
  });

  it('refuses requests a practice does not take online', async () => {
    const result = await post('Y99003', bundleFor(20), idFor(20));
    expect(result.status).toBe(422);
    expect(codings(result.body)).toEqual(['closed']);
  });
});
