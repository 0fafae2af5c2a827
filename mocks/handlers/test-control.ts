import { http } from 'msw';
import type { MockStore } from '../data/store';
import { json, operationOutcome } from './responses';

/**
 * Test-only controls (set the clock, reset the store, read what was stored), with the
 * same shapes as the server's /__test API. Only when FRONT_DOOR_TEST_API=1; never part
 * of the app's contract.
 */
export function testControlHandlers(store: MockStore) {
  return [
    // What the practice received: each online request once, and how many POSTs each id took.
    http.get('*/__test/requests', () =>
      json({
        requests: [...store.requests.byId.values()].map(({ clientId, ods, kind, reference, receivedAt, londonDay, resources, photos }) => ({
          id: clientId,
          ods,
          kind,
          reference,
          receivedAt,
          londonDay,
          resources,
          photos,
        })),
        attempts: Object.fromEntries(store.requests.attempts),
      }),
    ),
    http.post('*/__test/reset', () => {
      store.reset();
      return json({ ok: true });
    }),
    http.post('*/__test/clock', async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { now?: string | null } | null;
      if (!body || (body.now !== null && (typeof body.now !== 'string' || Number.isNaN(Date.parse(body.now))))) {
        return operationOutcome(400, 'invalid', 'Send {"now": ISO date-time or null}.');
      }
      store.clock.set(body.now ? new Date(body.now) : null);
      store.reset();
      return json({ now: store.clock.now().toISOString() });
    }),
  ];
}
