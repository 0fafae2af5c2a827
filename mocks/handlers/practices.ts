import { http } from 'msw';
import type { MockStore } from '../data/store';
import { readPractice, searchPractices, summaryOf, type PracticeRulesStore } from '../../server/rules/practices';
import { answer } from './responses';

export function practiceHandlers(store: MockStore) {
  const rules: PracticeRulesStore = {
    practiceSummaries: async () => [...store.practices.values()].map(summaryOf),
    practiceDocument: async (ods) => {
      const settings = store.practices.get(ods);
      return settings ? { settings, version: 1 } : undefined;
    },
  };
  return [
    http.get('*/api/practices', async ({ request }) => answer(await searchPractices(rules, new URL(request.url).searchParams.get('q')))),
    http.get('*/api/practices/:ods', async ({ params }) => answer(await readPractice(rules, String(params.ods)))),
  ];
}
