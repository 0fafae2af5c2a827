import { http } from 'msw';
import type { MockStore } from '../data/store';
import type { PracticeSummary } from '../../src/domain/practice/practice-settings';
import { json, operationOutcome } from './responses';
import { ODS_CODE_PATTERN as ODS_CODE } from '../../src/domain/practice/ods-code';


const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function matches(term: string, practice: PracticeSummary): boolean {
  const wanted = squash(term);
  return (
    squash(practice.ods) === wanted ||
    squash(practice.name).includes(wanted) ||
    squash(practice.postcode).startsWith(wanted) ||
    squash(practice.town).includes(wanted)
  );
}

export function practiceHandlers(store: MockStore) {
  return [
    http.get('*/api/practices', ({ request }) => {
      const term = new URL(request.url).searchParams.get('q')?.trim() ?? '';
      if (term.length < 2 || term.length > 100) {
        return operationOutcome(400, 'invalid', 'Enter at least 2 characters of a name, postcode or ODS code.', ['q']);
      }
      const practices = [...store.practices.values()]
        .map(({ ods, name, address }) => ({ ods, name, town: address.town, postcode: address.postcode }))
        .filter((p) => matches(term, p));
      return json({ practices });
    }),

    http.get('*/api/practices/:ods', ({ params }) => {
      const ods = String(params.ods).toUpperCase();
      if (!ODS_CODE.test(ods)) return operationOutcome(400, 'invalid', 'That is not an ODS code.', ['ods']);
      const practice = store.practices.get(ods);
      if (!practice) return operationOutcome(404, 'not-found', `No practice with ODS code ${ods}.`);
      return json(practice);
    }),
  ];
}
