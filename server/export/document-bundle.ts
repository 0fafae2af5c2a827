import { createHash } from 'node:crypto';
import type { Binary, Bundle, BundleEntry, Communication, Composition, CompositionSection, FhirResource, Organization, QuestionnaireResponse, Practitioner, Reference, Resource, Task } from 'fhir/r4';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import { ODS_SYSTEM, REQUEST_FORM_QUESTIONNAIRE, REQUEST_REFERENCE_SYSTEM } from '../../src/domain/request/fhir-systems';
import { outcomeLabel, type Completion, type QuestionAnswer, type TriageSummary } from './request-record';

const FRONT_DOOR = 'https://front-door.example/fhir';
/** Each exported document gets its own identifier; the Composition keeps the request's. */
export const RECORD_EXPORT_SYSTEM = `${FRONT_DOOR}/Id/record-export`;
export const STAFF_ID_SYSTEM = `${FRONT_DOOR}/Id/staff`;
export const COMPLETION_OUTCOME_SYSTEM = `${FRONT_DOOR}/CodeSystem/completion-outcome`;
const SECTION_SYSTEM = `${FRONT_DOOR}/CodeSystem/record-section`;
const SNOMED = 'http://snomed.info/sct';

/**
 * GP Connect Send Document fixes Composition.type to 371531000 "Report of clinical
 * encounter" (GPCM-SD-115,
 * https://developer.nhs.uk/apis/gpconnect-messaging-1-3/senddocument_fedcon_payload.html);
 * the event says what kind of encounter: 1068881000000101 "eConsultation via online
 * application" (UK extension, listed by
 * https://www.opencodelists.org/codelist/user/martinaf/online-consultations-snomed-v01/14bc7a27).
 */
export const COMPOSITION_TYPE = { system: SNOMED, code: '371531000', display: 'Report of clinical encounter' } as const;
export const ECONSULTATION_EVENT = { system: SNOMED, code: '1068881000000101', display: 'eConsultation via online application' } as const;

export interface RecordBundleInput {
  practice: PracticeSettings;
  /** The request's stored FHIR resources: Patient, QuestionnaireResponses, Task, DocumentReferences. */
  resources: Resource[];
  replies: Communication[];
  /** Every answer in English, as the request page shows it. */
  answers: QuestionAnswer[];
  triage?: TriageSummary;
  completion: Completion;
  /** The photos' bytes (base64), by the url their DocumentReference names (`Binary/<key>`). */
  photos?: { url: string; contentType: string; data: string }[];
  now: string;
}

/** The exported document: every entry has its resource and a urn:uuid fullUrl. */
export type RecordBundle = Omit<Bundle, 'entry'> & { type: 'document'; entry: (BundleEntry & { fullUrl: string; resource: Resource })[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stable uuid from a seed, so the same export built twice is the same document. */
function uuidFrom(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const narrative = (html: string) => ({ status: 'generated' as const, div: `<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>` });
const list = (items: string[]) => (items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);

function taskReference(resources: Resource[]): string | undefined {
  const task = resources.find((r): r is Task => r.resourceType === 'Task');
  return task?.identifier?.find((i) => i.system === REQUEST_REFERENCE_SYSTEM)?.value;
}

/** Rewrites every literal reference to the entry's fullUrl; the caller resolves what is left. */
function rewriteReferences<T>(value: T, fullUrls: ReadonlyMap<string, string>, unresolved: (ref: Reference) => Reference): T {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, fullUrls, unresolved)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = rewriteReferences(inner, fullUrls, unresolved);
  if (typeof out.reference === 'string') {
    const target = fullUrls.get(out.reference);
    return (target ? { ...out, reference: target } : unresolved(out as Reference)) as T;
  }
  return out as T;
}

/**
 * A completed request as one FHIR R4 document Bundle for filing into the GP record: a
 * Composition first (sections: request, answers, triage, replies, photos, outcome), then
 * every resource it names, each with a urn:uuid fullUrl that every reference uses. See
 * docs/gp-connect-send-document.md for how this maps to GP Connect Send Document.
 */
export function buildRecordBundle(input: RecordBundleInput): RecordBundle {
  const { practice, completion, now } = input;
  const reference = taskReference(input.resources) ?? 'unknown';
  const seed = `${practice.ods}/${reference}/${now}`;
  const urnFor = (id: string | undefined, key: string) => `urn:uuid:${id && UUID.test(id) ? id.toLowerCase() : uuidFrom(`${seed}/${key}`)}`;

  const organizationUrl = urnFor(undefined, 'organization');
  const authorUrl = urnFor(undefined, `practitioner/${completion.by.id}`);
  const organization: Organization = {
    resourceType: 'Organization',
    identifier: [{ system: ODS_SYSTEM, value: practice.ods }],
    name: practice.name,
    telecom: [{ system: 'phone', value: practice.phone }],
    address: [{ line: practice.address.lines, city: practice.address.town, postalCode: practice.address.postcode }],
  };
  const practitioner = (id: string, name: string): Practitioner => ({
    resourceType: 'Practitioner',
    identifier: [{ system: STAFF_ID_SYSTEM, value: id }],
    name: [{ text: name }],
  });
  const staff = new Map<string, { url: string; resource: Practitioner }>([[completion.by.id, { url: authorUrl, resource: practitioner(completion.by.id, completion.by.name) }]]);

  // Photos' bytes become Binary entries; a DocumentReference then points at its Binary.
  const binaries = (input.photos ?? []).map((photo, i) => ({
    stored: photo.url,
    fullUrl: urnFor(undefined, `binary/${i}`),
    resource: { resourceType: 'Binary', contentType: photo.contentType, data: photo.data } as Binary,
  }));

  const sources = [...input.resources, ...input.replies];
  const fullUrls = new Map<string, string>();
  sources.forEach((resource, i) => {
    const url = urnFor(resource.id, `${resource.resourceType}/${i}`);
    if (resource.id) fullUrls.set(`${resource.resourceType}/${resource.id}`, url);
  });

  // Staff named by a reply (its sender) come along as Practitioners; anything else the
  // record cannot carry stays a logical reference by name, so nothing dangles.
  const unresolved = (ref: Reference): Reference => {
    const [type, id] = (ref.reference ?? '').split('/');
    if (type === 'Practitioner' && id) {
      const known = staff.get(id) ?? { url: urnFor(undefined, `practitioner/${id}`), resource: practitioner(id, ref.display ?? 'Practice staff') };
      staff.set(id, known);
      return { ...ref, reference: known.url };
    }
    const { reference: _dropped, ...logical } = ref;
    return { ...logical, display: ref.display ?? `${type ?? 'Resource'} not included in this record` };
  };

  const entries = sources.map((source, i) => {
    const fullUrl = urnFor(source.id, `${source.resourceType}/${i}`);
    const { meta: _meta, ...rest } = source;
    let resource = rewriteReferences({ ...rest, id: fullUrl.slice('urn:uuid:'.length) } as FhirResource, fullUrls, unresolved);
    if (resource.resourceType === 'Task') resource = completedTask(resource, organizationUrl, authorUrl, completion);
    if (resource.resourceType === 'DocumentReference') {
      resource = {
        ...resource,
        content: resource.content.map((c) => {
          const binary = binaries.find((b) => b.stored === c.attachment.url);
          const { url: _stored, ...attachment } = c.attachment;
          return { ...c, attachment: binary ? { ...attachment, url: binary.fullUrl } : { ...attachment, title: 'Photo held by the practice, not included in this record' } };
        }),
      };
    }
    return { fullUrl, resource: resource as Resource };
  });

  const urlsOf = (type: Resource['resourceType'], test: (r: Resource) => boolean = () => true) =>
    entries.filter((e) => e.resource.resourceType === type && test(e.resource)).map((e) => ({ reference: e.fullUrl }));
  const patient = entries.find((e) => e.resource.resourceType === 'Patient');
  const isForm = (r: Resource) => r.resourceType === 'QuestionnaireResponse' && ((r as QuestionnaireResponse).questionnaire ?? '').startsWith(`${REQUEST_FORM_QUESTIONNAIRE}|`);

  const sections: CompositionSection[] = [
    section('request', 'Request', `<p>Online request ${escapeHtml(reference)} to ${escapeHtml(practice.name)}.</p>`, urlsOf('Task')),
    section(
      'answers',
      'Answers',
      input.answers.length === 0 ? '<p>No answers recorded.</p>' : list(input.answers.map((a) => `<b>${escapeHtml(a.question)}</b>: ${escapeHtml(a.answer)}`)),
      urlsOf('QuestionnaireResponse', isForm),
    ),
    section(
      'triage',
      'Triage outcome',
      input.triage
        ? `<p>Disposition: ${escapeHtml(input.triage.disposition)} (outcome ${escapeHtml(input.triage.outcomeId)}, content version ${escapeHtml(input.triage.contentVersion)}).</p>` +
            (input.triage.rules.length === 0
              ? '<p>No rules fired.</p>'
              : list(input.triage.rules.map((r) => `${escapeHtml(r.title)} (${escapeHtml(r.id)}): <a href="${escapeHtml(r.source)}">${escapeHtml(r.source)}</a>`)))
        : '<p>No triage (an administrative request).</p>',
      urlsOf('QuestionnaireResponse', (r) => !isForm(r)),
    ),
    section(
      'replies',
      'Replies to the patient',
      input.replies.length === 0 ? '<p>No replies were sent.</p>' : list(input.replies.map((c) => escapeHtml(c.payload?.map((p) => p.contentString ?? '').join(' ') ?? ''))),
      urlsOf('Communication'),
    ),
    section('photos', 'Photos', `<p>${urlsOf('DocumentReference').length} photo(s) sent by the patient.</p>`, urlsOf('DocumentReference')),
    section(
      'outcome',
      'Outcome',
      `<p>${escapeHtml(outcomeLabel(completion.outcome))}, by ${escapeHtml(completion.by.name)} at ${escapeHtml(completion.at)}.</p>` +
        (completion.note ? `<p>${escapeHtml(completion.note)}</p>` : ''),
      urlsOf('Task'),
    ),
  ];

  const received = entries.find((e) => e.resource.resourceType === 'Task')?.resource as Task | undefined;
  const composition: Composition = {
    resourceType: 'Composition',
    identifier: { system: REQUEST_REFERENCE_SYSTEM, value: reference },
    status: 'final',
    type: { coding: [{ ...COMPOSITION_TYPE }] },
    subject: patient ? { reference: patient.fullUrl } : { display: 'Patient not included in this record' },
    date: now,
    author: [{ reference: organizationUrl }, { reference: authorUrl }],
    title: `Online consultation record ${reference}`,
    confidentiality: 'N',
    attester: [{ mode: 'professional', time: completion.at, party: { reference: authorUrl } }],
    custodian: { reference: organizationUrl },
    event: [{ code: [{ coding: [{ ...ECONSULTATION_EVENT }] }], period: { ...(received?.authoredOn ? { start: received.authoredOn } : {}), end: completion.at } }],
    text: narrative(`<p>Online consultation record ${escapeHtml(reference)} from ${escapeHtml(practice.name)} (${escapeHtml(practice.ods)}).</p>`),
    section: sections,
  };

  const compositionUrl = urnFor(undefined, 'composition');
  return {
    resourceType: 'Bundle',
    identifier: { system: RECORD_EXPORT_SYSTEM, value: uuidFrom(`${seed}/bundle`) },
    type: 'document',
    timestamp: now,
    entry: [
      { fullUrl: compositionUrl, resource: { ...composition, id: compositionUrl.slice('urn:uuid:'.length) } },
      { fullUrl: organizationUrl, resource: { ...organization, id: organizationUrl.slice('urn:uuid:'.length) } },
      ...[...staff.values()].map((s) => ({ fullUrl: s.url, resource: { ...s.resource, id: s.url.slice('urn:uuid:'.length) } })),
      ...entries,
      ...binaries.map((b) => ({ fullUrl: b.fullUrl, resource: { ...b.resource, id: b.fullUrl.slice('urn:uuid:'.length) } })),
    ],
  };
}

function section(code: string, title: string, html: string, entry: Reference[]): CompositionSection {
  return {
    title,
    code: { coding: [{ system: SECTION_SYSTEM, code }], text: title },
    text: narrative(html),
    ...(entry.length > 0 ? { entry } : { emptyReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/list-empty-reason', code: 'nilknown' }] } }),
  };
}

/** The Task as it stands now: completed by a staff member, with the outcome. */
function completedTask(task: Task, organizationUrl: string, authorUrl: string, completion: Completion): Task {
  return {
    ...task,
    status: 'completed',
    owner: { reference: organizationUrl, ...(task.owner?.identifier ? { identifier: task.owner.identifier } : {}) },
    lastModified: completion.at,
    executionPeriod: { ...(task.authoredOn ? { start: task.authoredOn } : {}), end: completion.at },
    output: [
      {
        type: { text: 'outcome' },
        valueCodeableConcept: { coding: [{ system: COMPLETION_OUTCOME_SYSTEM, code: completion.outcome, display: outcomeLabel(completion.outcome) }], ...(completion.note ? { text: completion.note } : {}) },
      },
      { type: { text: 'completed by' }, valueReference: { reference: authorUrl, display: completion.by.name } },
    ],
  };
}
