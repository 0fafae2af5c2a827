import { http } from 'msw';
import { postTransaction } from '../../server/rules/fhir-base';
import { capabilityStatement } from '../../server/rules/capability';
import { readQuestionnaire, searchQuestionnaires } from '../../server/rules/questionnaires';
import { ok } from '../../server/rules/outcome';
import { requestStatus } from '../../server/rules/practice-area/status';
import type { MockStore } from '../data/store';
import { answer, readJson } from './responses';

/*
 * The FHIR base: transactions (an online request, a booking, a change), what the server
 * can do (metadata), and the published Questionnaires. The rules are the server's own;
 * only the stores are in memory.
 */
export function requestHandlers(store: MockStore) {
  return [
    http.post('*/api/fhir', async ({ request }) => {
      const body = await readJson(request);
      return answer(await postTransaction({ requests: store.requests, booking: store.booking }, body ?? null, request.headers.get('Authorization') ?? undefined, store.clock.now()));
    }),
    http.post('*/api/requests/status', async ({ request }) => answer(await requestStatus(store.requests, (await readJson(request)) ?? null))),
    http.get('*/api/fhir/metadata', () => answer(ok(capabilityStatement()))),
    http.get('*/api/fhir/Questionnaire', async ({ request }) => {
      const params = new URL(request.url).searchParams;
      return answer(await searchQuestionnaires(store.questionnaires, params.get('url'), params.get('version')));
    }),
    http.get('*/api/fhir/Questionnaire/:id', async ({ params }) => answer(await readQuestionnaire(store.questionnaires, String(params.id)))),
  ];
}
