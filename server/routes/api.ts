import type { FastifyInstance, FastifyRequest } from 'fastify';
import { send } from '../http/reply';
import type { AppContext } from '../context';
import { readPractice, searchPractices } from '../rules/practices';
import { addNhsAppCounts, nhsAppCounts } from '../rules/nhs-app-counts';
import { readQuestionnaire, searchQuestionnaires } from '../rules/questionnaires';
import { postTransaction } from '../rules/fhir-base';
import { capabilityStatement } from '../rules/capability';
import { searchServices, searchSlots, type SearchParams } from '../rules/booking/services';
import { deferReferral, signInToReferral } from '../rules/booking/referrals';
import { findPracticeAppointment, patchAppointment, readAppointment } from '../rules/booking/appointments';
import { ok } from '../rules/outcome';
import { practiceStore } from '../store/practices';
import { countStore } from '../store/counts';
import { requestStore } from '../store/requests';
import { questionnaireStore } from '../store/questionnaires';
import { bookingStore } from '../store/booking';
import { capacityRoutes } from './capacity';
import { statusStore } from '../store/status';
import { requestStatus } from '../rules/practice-area/status';

type OdsParams = { ods: string };
type IdParams = { id: string };

/** A query parameter's first value (a repeated one counts once). */
const paramsOf =
  (request: FastifyRequest): SearchParams =>
  (name) => {
    const value = (request.query as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value[0] : value;
  };

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The app's API (README, "Use a real practice backend"): each route calls a shared rule with a PostgreSQL store. */
export function apiRoutes(context: AppContext) {
  const { db } = context;
  const practices = practiceStore(db);
  const counts = countStore(db);
  const requests = requestStore(db, context.photos);
  const questionnaires = questionnaireStore(db);
  const booking = bookingStore(db);
  const now = () => context.clock.now();

  return async function register(app: FastifyInstance) {
    app.get('/practices', async (request, reply) => send(reply, await searchPractices(practices, paramsOf(request)('q') ?? null)));
    app.get<{ Params: OdsParams }>('/practices/:ods', async (request, reply) => send(reply, await readPractice(practices, request.params.ods)));

    app.post<{ Params: OdsParams }>('/practices/:ods/nhs-app-counts', async (request, reply) =>
      send(reply, await addNhsAppCounts(counts, request.params.ods.toUpperCase(), request.body)),
    );
    app.get<{ Params: OdsParams }>('/practices/:ods/nhs-app-counts', async (request, reply) =>
      send(reply, await nhsAppCounts(counts, request.params.ods.toUpperCase())),
    );
    await capacityRoutes(context)(app);

    // The FHIR base: transactions (an online request, a booking, a change) are POSTed here.
    app.post('/fhir', async (request, reply) => send(reply, await postTransaction({ requests, booking }, request.body, header(request, 'authorization'), await now())));
    // The patient's device asks how its request is getting on: no cookie, the key in the body.
    app.post('/requests/status', async (request, reply) => send(reply, await requestStatus(statusStore(db), request.body)));
    app.get('/fhir/metadata', async (request, reply) => send(reply, ok(capabilityStatement())));

    app.get('/fhir/Questionnaire', async (request, reply) => {
      const param = paramsOf(request);
      return send(reply, await searchQuestionnaires(questionnaires, param('url') ?? null, param('version') ?? null));
    });
    app.get<{ Params: IdParams }>('/fhir/Questionnaire/:id', async (request, reply) => send(reply, await readQuestionnaire(questionnaires, request.params.id)));

    // Booking (docs/booking-api.md).
    app.get('/fhir/HealthcareService', async (request, reply) => send(reply, await searchServices(booking, paramsOf(request), header(request, 'authorization'), await now())));
    app.get('/fhir/Slot', async (request, reply) => send(reply, await searchSlots(booking, paramsOf(request), header(request, 'authorization'), await now())));
    app.get<{ Params: IdParams }>('/fhir/Appointment/:id', async (request, reply) =>
      send(reply, await readAppointment(booking, request.params.id, header(request, 'authorization'), await now())),
    );
    app.patch<{ Params: IdParams }>('/fhir/Appointment/:id', async (request, reply) =>
      send(
        reply,
        await patchAppointment(
          booking,
          request.params.id,
          { contentType: header(request, 'content-type'), ifMatch: header(request, 'if-match'), authorization: header(request, 'authorization'), body: request.body },
          await now(),
        ),
      ),
    );
    app.post('/referrals/sign-in', async (request, reply) => send(reply, await signInToReferral(booking, request.body, await now())));
    app.post('/referrals/slot-issue', async (request, reply) => send(reply, await deferReferral(booking, header(request, 'authorization'), await now())));
    app.post<{ Params: OdsParams }>('/practices/:ods/appointments/find', async (request, reply) =>
      send(reply, await findPracticeAppointment(booking, request.params.ods, request.body, await now())),
    );
  };
}
