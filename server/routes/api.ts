import type { FastifyInstance } from 'fastify';
import { send } from '../http/reply';
import type { AppContext } from '../context';
import { readPractice, searchPractices } from '../rules/practices';
import { addNhsAppCounts, nhsAppCounts } from '../rules/nhs-app-counts';
import { submitRequestTransaction } from '../rules/requests';
import { searchQuestionnaires } from '../rules/questionnaires';
import { problem } from '../rules/outcome';
import { practiceStore } from '../store/practices';
import { countStore } from '../store/counts';
import { requestStore } from '../store/requests';
import { questionnaireStore } from '../store/questionnaires';

type Query = Record<string, string | undefined>;
type OdsParams = { ods: string };

/** The app's API (README, "Use a real practice backend"): each route calls a shared rule with a PostgreSQL store. */
export function apiRoutes(context: AppContext) {
  const { db } = context;
  const practices = practiceStore(db);
  const counts = countStore(db);
  const requests = requestStore(db, context.photos);
  const questionnaires = questionnaireStore(db);

  return async function register(app: FastifyInstance) {
    app.get<{ Querystring: Query }>('/practices', async (request, reply) => send(reply, await searchPractices(practices, request.query.q ?? null)));
    app.get<{ Params: OdsParams }>('/practices/:ods', async (request, reply) => send(reply, await readPractice(practices, request.params.ods)));

    app.post<{ Params: OdsParams }>('/practices/:ods/nhs-app-counts', async (request, reply) =>
      send(reply, await addNhsAppCounts(counts, request.params.ods.toUpperCase(), request.body)),
    );
    app.get<{ Params: OdsParams }>('/practices/:ods/nhs-app-counts', async (request, reply) =>
      send(reply, await nhsAppCounts(counts, request.params.ods.toUpperCase())),
    );

    // The FHIR base: a transaction Bundle (an online request) is POSTed here.
    app.post('/fhir', async (request, reply) => send(reply, await submitRequestTransaction(requests, request.body, await context.clock.now())));

    app.get<{ Querystring: Query }>('/fhir/Questionnaire', async (request, reply) =>
      send(reply, await searchQuestionnaires(questionnaires, request.query.url ?? null, request.query.version ?? null)),
    );
    app.get<{ Params: { id: string } }>('/fhir/Questionnaire/:id', async (request, reply) => {
      const found = await questionnaires.questionnaire(request.params.id);
      return send(reply, found ? { status: 200, body: found } : problem(404, 'not-found', 'No such Questionnaire.'));
    });
  };
}
