import type { Bundle, BundleEntry, DocumentReference, Resource, Task } from 'fhir/r4';
import { requestBundleProblems } from '../../src/domain/request/bundle-schema';
import { REQUEST_CLIENT_ID_SYSTEM, REQUEST_FIELD_SYSTEM, REQUEST_PROBLEM_SYSTEM, REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import type { RequestKind } from '../../src/domain/request/request-types';
import { londonWallClock } from '../../src/domain/time/london';
import { capacityLimit } from './capacity';
import { onlineRequestsOpenNow } from '../../src/domain/availability/opening-hours';
import { ok, problem, type Answer, type IssueType } from './outcome';
import { referenceFromNumber } from './request-reference';
import { withStatusKey } from './practice-area/status';

/*
 * Online requests (journey 2): a FHIR transaction Bundle POSTed to the FHIR base. Every
 * entry is a conditional create; the Task's is on its client id, which the store keeps
 * unique, so a resend (or two servers racing with the same Bundle) stores it once and
 * answers with the first transaction-response. The same rules run in the server and
 * in the MSW mock; only the store differs.
 */

/** A photo moved out of its DocumentReference into the photo store. */
export interface RequestPhoto {
  key: string;
  contentType: string;
  /** Base64, as sent. */
  data: string;
}

export interface NewRequest {
  clientId: string;
  ods: string;
  kind: RequestKind;
  reference: string;
  receivedAt: string;
  londonDay: string;
  /** Every resource as stored: ids, meta and resolved references. */
  resources: (Resource & { id: string })[];
  photos: RequestPhoto[];
  /** The transaction-response, returned again for every resend. */
  answer: Bundle;
}

export type SaveResult = { outcome: 'stored' } | { outcome: 'duplicate'; answer: Bundle } | { outcome: 'full' };

export interface RequestRulesStore {
  practice(ods: string): Promise<PracticeSettings | undefined>;
  /** Counts every POST per client id, refused or repeated ones too. */
  countAttempt(clientId: string): Promise<void>;
  firstAnswer(clientId: string): Promise<Bundle | undefined>;
  /** A number never handed out before (a database sequence). */
  nextRequestNumber(): Promise<number>;
  newId(): string;
  /** The status key the patient's device keeps (an HMAC of the client id on the server): the same on every resend. */
  statusKey(clientId: string): Promise<string>;
  /**
   * Stores the request and its photos at once, unless its client id is stored already
   * (then the first answer), or `dailyLimit` requests of its practice and kind arrived
   * on its London day already. Both checks hold when servers race.
   */
  saveRequest(request: NewRequest, dailyLimit: number | undefined): Promise<SaveResult>;
}

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const requestProblem = (status: number, code: IssueType, text: string, coding: { system: string; code: string }[]) =>
  problem(status, code, text, { codings: coding });

const fieldProblems = (fields: string[]) =>
  requestProblem(422, 'invalid', `Check these answers: ${fields.join(', ')}.`, fields.map((field) => ({ system: REQUEST_FIELD_SYSTEM, code: field })));

interface LooseEntry {
  fullUrl?: unknown;
  resource?: { resourceType?: unknown; identifier?: unknown; owner?: unknown; code?: unknown };
}

/** The Task's client id, read before anything else is checked: a resend is answered first. */
function clientIdOf(body: unknown): string | null {
  const entries = (body as { entry?: unknown } | null)?.entry;
  if (!Array.isArray(entries)) return null;
  const task = (entries as LooseEntry[]).find((e) => e?.resource?.resourceType === 'Task')?.resource;
  const identifiers = Array.isArray(task?.identifier) ? (task.identifier as { system?: unknown; value?: unknown }[]) : [];
  const value = identifiers.find((i) => i?.system === REQUEST_CLIENT_ID_SYSTEM)?.value;
  return typeof value === 'string' && CLIENT_ID.test(value) ? value : null;
}

function isTransaction(body: unknown): body is { resourceType: 'Bundle'; type: 'transaction' } {
  return typeof body === 'object' && body !== null && (body as Bundle).resourceType === 'Bundle' && (body as Bundle).type === 'transaction';
}

/** Replaces every `reference` that names an entry's fullUrl with the stored `Type/id`. */
function resolveReferences<T>(value: T, stored: ReadonlyMap<string, string>): T {
  if (Array.isArray(value)) return value.map((v) => resolveReferences(v, stored)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === 'reference' && typeof inner === 'string' && stored.has(inner) ? stored.get(inner) : resolveReferences(inner, stored);
  }
  return out as T;
}

function kindOf(task: Task): RequestKind {
  return task.code?.coding?.[0]?.code?.startsWith('admin/') ? 'admin' : 'medical';
}

export async function submitRequestTransaction(store: RequestRulesStore, body: unknown, now: Date): Promise<Answer> {
  if (!isTransaction(body)) {
    return requestProblem(400, 'structure', 'Send the request as a FHIR transaction Bundle.', [{ system: REQUEST_FIELD_SYSTEM, code: 'bundle' }]);
  }
  const clientId = clientIdOf(body);
  if (!clientId) {
    return requestProblem(400, 'required', 'The Task needs its client id (the conditional create’s identifier).', [{ system: REQUEST_FIELD_SYSTEM, code: 'bundle' }]);
  }
  await store.countAttempt(clientId);
  const first = await store.firstAnswer(clientId);
  if (first) return ok(withStatusKey(first, await store.statusKey(clientId))); // sent twice, stored once: the first answer again

  const fields = requestBundleProblems(body, now);
  if (fields.length > 0) return fieldProblems(fields);
  const entries = (body as Bundle).entry as (BundleEntry & { fullUrl: string; resource: Resource })[];
  const task = entries.find((e) => e.resource.resourceType === 'Task')!.resource as Task;
  const ods = task.owner!.identifier!.value!;

  const practice = await store.practice(ods);
  if (!practice) return requestProblem(404, 'not-found', `No practice with ODS code ${ods}.`, [{ system: REQUEST_PROBLEM_SYSTEM, code: 'unknown-practice' }]);
  const kind = kindOf(task);
  const availability = onlineRequestsOpenNow(practice, kind, now);
  if (availability.state === 'closed' && availability.reason === 'switched-off') {
    return requestProblem(422, 'business-rule', 'This practice does not take these requests online.', [{ system: REQUEST_PROBLEM_SYSTEM, code: 'closed' }]);
  }

  const reference = referenceFromNumber(await store.nextRequestNumber());
  const lastUpdated = now.toISOString();
  const ids = entries.map(() => store.newId());
  const storedAs = new Map(entries.map((e, i) => [e.fullUrl, `${e.resource.resourceType}/${ids[i]}`]));
  const photos: RequestPhoto[] = [];
  const resources = entries.map((entry, i) => {
    let resource = resolveReferences(entry.resource, storedAs) as Resource & { id: string };
    resource = { ...resource, id: ids[i]!, meta: { versionId: '1', lastUpdated } };
    if (resource.resourceType === 'Task') {
      const stored = resource as Task & { id: string };
      const withReference: Task & { id: string } = { ...stored, identifier: [...(stored.identifier ?? []), { system: REQUEST_REFERENCE_SYSTEM, value: reference }] };
      resource = withReference;
    }
    if (resource.resourceType === 'DocumentReference') {
      // The bytes go to the photo store; the record keeps where they are.
      const document = resource as DocumentReference & { id: string };
      const attachment = document.content[0]!.attachment;
      const key = `${clientId}-${photos.length + 1}`;
      photos.push({ key, contentType: attachment.contentType!, data: attachment.data! });
      const stored: DocumentReference & { id: string } = { ...document, content: [{ attachment: { contentType: attachment.contentType, size: attachment.size, url: `Binary/${key}` } }] };
      resource = stored;
    }
    return resource;
  });
  const answer: Bundle = withStatusKey({
    resourceType: 'Bundle',
    type: 'transaction-response',
    entry: resources.map((resource) => ({
      resource,
      response: { status: '201 Created', location: `${resource.resourceType}/${resource.id}/_history/1`, etag: 'W/"1"', lastModified: lastUpdated },
    })),
  }, await store.statusKey(clientId));

  const londonDay = londonWallClock(now).date;
  const saved = await store.saveRequest(
    { clientId, ods, kind, reference, receivedAt: lastUpdated, londonDay, resources, photos, answer },
    capacityLimit(practice, kind, now),
  );
  if (saved.outcome === 'duplicate') return ok(withStatusKey(saved.answer, await store.statusKey(clientId)));
  if (saved.outcome === 'full') {
    return requestProblem(422, 'business-rule', 'The practice cannot take any more online requests today.', [{ system: REQUEST_PROBLEM_SYSTEM, code: 'capacity-reached' }]);
  }
  return ok(answer);
}
