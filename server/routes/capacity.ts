import type { FastifyInstance } from 'fastify';
import { send } from '../http/reply';
import type { AppContext } from '../context';
import { capacityNow } from '../rules/capacity';
import { capacityStore } from '../store/capacity';

/** `GET /api/practices/:ods/capacity` (server/rules/capacity.ts), registered with the API's routes. */
export function capacityRoutes(context: AppContext) {
  const store = capacityStore(context.db);
  return async function register(app: FastifyInstance) {
    app.get<{ Params: { ods: string } }>('/practices/:ods/capacity', async (request, reply) =>
      send(reply, await capacityNow(store, request.params.ods, await context.clock.now())),
    );
  };
}
