import type { FastifyInstance, FastifyRequest } from 'fastify';
import { send } from '../http/reply';
import { outcome, problem } from '../rules/outcome';

/**
 * Test-only (FRONT_DOOR_TEST_API=1): the faults the browser fault harness plans for one
 * request's POSTs to the FHIR base, met in order by whoever sends it, an open page or the
 * service worker (tests/e2e/fault-harness.ts). Kept in this process's memory: the
 * harness runs against one server.
 */
const FAULTS = ['500', '503', 'no-answer', 'answer-lost'] as const;
type Fault = (typeof FAULTS)[number];

export function testFaults(app: FastifyInstance) {
  const plans = new Map<string, Fault[]>();
  const loseAnswer = new WeakSet<FastifyRequest>();

  app.addHook('preHandler', async (request, reply) => {
    if (plans.size === 0 || request.method !== 'POST' || request.url.split('?')[0] !== '/api/fhir') return;
    const body = JSON.stringify(request.body ?? null);
    const id = [...plans.keys()].find((key) => body.includes(key));
    const fault = id ? plans.get(id)!.shift() : undefined;
    if (fault === '500' || fault === '503') return send(reply, { status: Number(fault), body: outcome('exception', 'A fault planned by the test.') });
    if (fault === 'no-answer') {
      reply.hijack();
      request.raw.socket.destroy();
    }
    if (fault === 'answer-lost') loseAnswer.add(request);
  });

  // The practice stored it; the answer never reaches the phone.
  app.addHook('onSend', async (request, reply, payload) => {
    if (loseAnswer.has(request)) request.raw.socket.destroy();
    return payload;
  });

  return async function register(routes: FastifyInstance) {
    routes.post<{ Body: { id?: unknown; faults?: unknown } | null }>('/faults', async (request, reply) => {
      const { id, faults } = request.body ?? {};
      if (typeof id !== 'string' || id.length < 8 || !Array.isArray(faults) || !faults.every((f) => FAULTS.includes(f as Fault))) {
        return send(reply, problem(400, 'invalid', `Send {"id": client id, "faults": [${FAULTS.join(', ')}]}.`));
      }
      if (faults.length === 0) plans.delete(id);
      else plans.set(id, [...(faults as Fault[])]);
      return send(reply, { status: 200, body: { id, left: faults.length } });
    });
    routes.get<{ Params: { id: string } }>('/faults/:id', async (request, reply) =>
      send(reply, { status: 200, body: { id: request.params.id, left: plans.get(request.params.id)?.length ?? 0 } }),
    );
  };
}
