import type { Bundle } from 'fhir/r4';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import type { NewRequest, RequestRulesStore, SaveResult } from '../../server/rules/requests';

/** Online requests the mock practice received, in memory (the server keeps them in PostgreSQL). */
export interface RequestsStore extends RequestRulesStore {
  byId: Map<string, NewRequest>;
  /** POSTs seen per client id, including failed and repeated ones. */
  attempts: Map<string, number>;
}

export function createRequestsStore(practices: ReadonlyMap<string, PracticeSettings>): RequestsStore {
  let counter = 0;
  const byId = new Map<string, NewRequest>();
  const attempts = new Map<string, number>();
  return {
    byId,
    attempts,
    practice: async (ods) => practices.get(ods),
    countAttempt: async (clientId) => {
      attempts.set(clientId, (attempts.get(clientId) ?? 0) + 1);
    },
    firstAnswer: async (clientId): Promise<Bundle | undefined> => byId.get(clientId)?.answer,
    nextRequestNumber: async () => ++counter,
    newId: () => crypto.randomUUID(),
    saveRequest: async (request, dailyLimit): Promise<SaveResult> => {
      const first = byId.get(request.clientId);
      if (first) return { outcome: 'duplicate', answer: first.answer };
      const today = [...byId.values()].filter((r) => r.ods === request.ods && r.kind === request.kind && r.londonDay === request.londonDay);
      if (dailyLimit !== undefined && today.length >= dailyLimit) return { outcome: 'full' };
      byId.set(request.clientId, request);
      return { outcome: 'stored' };
    },
  };
}
