import type { Bundle } from 'fhir/r4';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import type { NewRequest, RequestRulesStore, SaveResult } from '../../server/rules/requests';
import type { StatusRulesStore } from '../../server/rules/practice-area/status';

/**
 * The mock's status key: deterministic (FNV-1a, four lanes, 128 bits) so a resend gets the
 * same one, with no node:crypto (the mock also runs in the browser). Not a secret: the
 * server's key is an HMAC under a secret in its database.
 */
export function mockStatusKey(clientId: string): string {
  return [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let hash = seed >>> 0;
      for (const char of `front-door-mock/${clientId}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}

/** Online requests the mock practice received, in memory (the server keeps them in PostgreSQL). */
export interface RequestsStore extends RequestRulesStore, StatusRulesStore {
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
    statusKey: async (clientId) => mockStatusKey(clientId),
    // The mock has no practice area: a request stays "received", with no replies.
    statusFacts: async (reference) => {
      const request = [...byId.values()].find((r) => r.reference === reference);
      const practice = request ? practices.get(request.ods) : undefined;
      return request && practice ? { clientId: request.clientId, ods: request.ods, practiceName: practice.name, status: 'new', assigned: false, replies: [] } : undefined;
    },
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
