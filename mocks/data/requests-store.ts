import type { RequestKind } from '../../src/domain/request/request-types';

/** A request as the mock practice received it (for the browser tests to read back). */
export interface ReceivedRequest {
  id: string;
  ods: string;
  kind: RequestKind;
  reference: string;
  receivedAt: string;
  /** The London day it arrived, for the daily capacity. */
  londonDay: string;
  bundle: unknown;
  /** The first answer, returned again for every resend with the same Idempotency-Key. */
  response: unknown;
}

export interface RequestsStore {
  byId: Map<string, ReceivedRequest>;
  /** POSTs seen per Idempotency-Key, including failed and repeated ones. */
  attempts: Map<string, number>;
  countFor(ods: string, kind: RequestKind, londonDay: string): number;
  nextReference(): string;
}

/** References people can read out on the phone: no 0/O or 1/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function createRequestsStore(): RequestsStore {
  let counter = 0;
  const byId = new Map<string, ReceivedRequest>();
  return {
    byId,
    attempts: new Map(),
    countFor: (ods, kind, londonDay) => [...byId.values()].filter((r) => r.ods === ods && r.kind === kind && r.londonDay === londonDay).length,
    nextReference() {
      counter++;
      let n = counter * 7919 + 104729; // spread them out so they do not look sequential
      let code = '';
      for (let i = 0; i < 6; i++) {
        code += ALPHABET[n % ALPHABET.length];
        n = Math.floor(n / ALPHABET.length);
      }
      return `FD-${code.slice(0, 3)}-${code.slice(3)}`;
    },
  };
}
