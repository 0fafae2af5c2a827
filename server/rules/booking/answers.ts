import type { Bundle, BundleEntry, Resource } from 'fhir/r4';
import type { Answer } from '../outcome';
import type { Stored } from './store';

/** A searchset Bundle: what a FHIR search answers. */
export const searchset = (resources: Resource[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  total: resources.length,
  entry: resources.map((resource) => ({ resource })),
});

const entryFor = (resource: Stored<Resource>, status: string): BundleEntry => ({
  resource,
  response: {
    status,
    location: `${resource.resourceType}/${resource.id}/_history/${resource.meta.versionId}`,
    etag: `W/"${resource.meta.versionId}"`,
    lastModified: resource.meta.lastUpdated,
  },
});

/** A transaction-response: each entry's resource (return=representation) and what happened to it. */
export const transactionResponse = (entries: { resource: Stored<Resource>; status: '200 OK' | '201 Created' }[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'transaction-response',
  entry: entries.map((e) => entryFor(e.resource, e.status)),
});

/** `W/"3"` or `"3"` → `3`; undefined for anything else. */
export function versionOf(ifMatch: unknown): string | undefined {
  if (typeof ifMatch !== 'string') return undefined;
  return /^(?:W\/)?"([A-Za-z0-9.-]{1,64})"$/.exec(ifMatch.trim())?.[1];
}

/** Two JSON values are the same, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameJson(x, (b as unknown[])[i]));
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A refusal from inside a transaction: thrown, so everything the transaction wrote is undone. */
export class Refusal extends Error {
  constructor(readonly answer: Answer) {
    super(`refused with ${answer.status}`);
  }
}
