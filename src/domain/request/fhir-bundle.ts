import type { Bundle, BundleEntry, DocumentReference, Identifier, Patient, QuestionnaireResponse, QuestionnaireResponseItem, Resource, Task } from 'fhir/r4';
import type { Disposition } from '../triage/dispositions';
import { parseDateOfBirth } from '../person/date-of-birth';
import type { RequestDraft, RequestTriage } from './draft';
import { normaliseNhsNumber } from './nhs-number';
import { phoneForPractice } from './phone';
import { normalisePostcode } from './postcode';
import {
  NHS_NUMBER_SYSTEM,
  NHS_NUMBER_VERIFICATION,
  ODS_SYSTEM,
  REQUEST_CLIENT_ID_SYSTEM,
  REQUEST_ENTRY_SYSTEM,
  REQUEST_EXTENSION,
  REQUEST_FORM_ANSWER_SYSTEM,
  REQUEST_FORM_QUESTIONNAIRE,
  REQUEST_FORM_VERSION,
  REQUEST_TYPE_SYSTEM,
  TRIAGE_QUESTIONNAIRE_BASE,
  triageAnswerSystem,
} from './fhir-systems';

/** A QuestionnaireResponse item: one linkId, its answers (codings get their system in the Bundle). */
export interface ResponseItem {
  linkId: string;
  answer: ({ valueString: string } | { valueBoolean: boolean } | { valueInteger: number } | { valueCoding: { code: string; system?: string } })[];
}

/** The answers to one triage questionnaire, ready for the Bundle. */
export interface TriageResponse {
  questionnaireId: string;
  contentVersion: string;
  items: ResponseItem[];
}

/** FHIR Task.priority for each disposition: the practice sees how soon to act. */
export const TASK_PRIORITY: Record<Disposition, 'stat' | 'asap' | 'urgent' | 'routine'> = {
  'call-999': 'stat',
  'go-to-ae': 'stat',
  'call-111': 'asap',
  'practice-today': 'urgent',
  pharmacy: 'routine',
  routine: 'routine',
  'self-care': 'routine',
};

/** The request as sent: a FHIR R4 transaction Bundle (see buildRequestBundle). */
export type RequestBundle = Bundle & { type: 'transaction'; entry: BundleEntry[] };

/** A urn:uuid for each entry, derived from the client id so a resend builds the same Bundle. */
const urn = (id: string, n: number) => `urn:uuid:${id.slice(0, 24)}${n.toString(16).padStart(12, '0')}`;
const text = (linkId: string, value: string | undefined): QuestionnaireResponseItem[] =>
  value && value.trim() !== '' ? [{ linkId, answer: [{ valueString: value.trim() }] }] : [];
const codes = (linkId: string, values: readonly string[] | undefined): QuestionnaireResponseItem[] =>
  values && values.length > 0 ? [{ linkId, answer: values.map((code) => ({ valueCoding: { system: REQUEST_FORM_ANSWER_SYSTEM, code } })) }] : [];

/** This request's own identifier for one of its resources (see REQUEST_ENTRY_SYSTEM). */
export const entryIdentifier = (clientId: string, part: string): Identifier => ({ system: REQUEST_ENTRY_SYSTEM, value: `${clientId}/${part}` });
const ifNoneExist = (identifier: Identifier) => `identifier=${identifier.system}|${identifier.value}`;

function post<T extends Resource & { resourceType: string }>(fullUrl: string, resource: T, identifier: Identifier): BundleEntry & { resource: T } {
  return { fullUrl, resource, request: { method: 'POST', url: resource.resourceType, ifNoneExist: ifNoneExist(identifier) } };
}

function formItems(draft: RequestDraft): QuestionnaireResponseItem[] {
  const someoneElse = draft.forWho !== 'me';
  const byPhone = draft.contact.methods.some((m) => m === 'phone' || m === 'text');
  const phone = byPhone ? phoneForPractice(draft.contact.phone) ?? undefined : undefined;
  return [
    ...codes('kind', draft.kind ? [draft.kind] : []),
    ...codes('reason', draft.reason ? [draft.reason] : []),
    ...codes('for-who', draft.forWho ? [draft.forWho] : []),
    ...(someoneElse
      ? [
          ...codes('relationship', draft.forWho === 'child' ? ['parent'] : draft.relationship ? [draft.relationship] : []),
          ...(draft.relationship === 'other' ? text('relationship-other', draft.relationshipOther) : []),
          ...codes('consent', draft.consent ? [draft.consent] : []),
          ...text('proxy-given-name', draft.proxy.givenName),
          ...text('proxy-family-name', draft.proxy.familyName),
          ...codes('reply-to', draft.replyTo ? [draft.replyTo] : []),
        ]
      : []),
    ...codes('contact-methods', draft.contact.methods),
    ...text('contact-phone', phone),
    ...(draft.contact.methods.includes('email') ? text('contact-email', draft.contact.email) : []),
    ...(draft.contact.methods.includes('phone') ? codes('contact-times', draft.contact.times) : []),
    ...(draft.contact.methods.includes('phone') && draft.contact.leaveMessage ? codes('leave-message', [draft.contact.leaveMessage]) : []),
    ...codes('communication-needs', draft.needs.needs),
    ...(draft.needs.needs.includes('interpreter') ? text('interpreter-language', draft.needs.language) : []),
    ...(draft.kind === 'medical' && draft.topic ? codes('topic', [draft.topic]) : []),
    ...text('description', draft.description),
  ];
}

/** Triage answers as R4 items, every coding with its questionnaire's CodeSystem. */
function triageItems(response: TriageResponse): QuestionnaireResponseItem[] {
  const system = triageAnswerSystem(response.questionnaireId);
  return response.items.map((item) => ({
    linkId: item.linkId,
    answer: item.answer.map((answer) => ('valueCoding' in answer ? { valueCoding: { system: answer.valueCoding.system ?? system, code: answer.valueCoding.code } } : answer)),
  }));
}

function patientResource(draft: RequestDraft, now: Date): Patient {
  const dob = parseDateOfBirth(draft.patient.dob, now);
  const nhs = normaliseNhsNumber(draft.patient.nhsNumber);
  const replyToPatient = draft.forWho === 'me' || draft.replyTo === 'patient';
  const phone = phoneForPractice(draft.contact.phone);
  const telecom: Patient['telecom'] = replyToPatient
    ? [
        ...(phone && draft.contact.methods.some((m) => m === 'phone' || m === 'text') ? [{ system: 'phone' as const, value: phone }] : []),
        ...(draft.contact.methods.includes('email') && draft.contact.email.trim() ? [{ system: 'email' as const, value: draft.contact.email.trim() }] : []),
      ]
    : [];
  const nhsIdentifier: Identifier | undefined = nhs
    ? {
        extension: [
          {
            url: NHS_NUMBER_VERIFICATION.url,
            valueCodeableConcept: { coding: [{ system: NHS_NUMBER_VERIFICATION.system, ...NHS_NUMBER_VERIFICATION.notTraced }] },
          },
        ],
        system: NHS_NUMBER_SYSTEM,
        value: nhs,
      }
    : undefined;
  return {
    resourceType: 'Patient',
    identifier: [entryIdentifier(draft.id, 'patient'), ...(nhsIdentifier ? [nhsIdentifier] : [])],
    name: [{ given: [draft.patient.givenName.trim()], family: draft.patient.familyName.trim() }],
    birthDate: dob.ok ? dob.date : '',
    ...(draft.patient.sex === 'female' || draft.patient.sex === 'male' ? { gender: draft.patient.sex } : {}),
    address: [{ postalCode: normalisePostcode(draft.patient.postcode) }],
    ...(telecom.length > 0 ? { telecom } : {}),
  };
}

/**
 * The request as one FHIR R4 transaction Bundle: the Patient as supplied, the answers
 * (the request form and each triage questionnaire, with its content version), a Task
 * whose priority comes from the disposition and which names the rules that fired, and
 * a DocumentReference per photo (the JPEG inline). Every entry is a conditional create
 * on an identifier made from the client id (the Task's is the client id itself), so
 * sending it twice stores it once; the practice's reference comes back on the Task.
 */
/**
 * `language`: the language the patient read the questions in (BCP 47), kept on the form so
 * the practice knows it; the answers themselves are codes, shown to staff in English.
 */
export function buildRequestBundle(draft: RequestDraft, triage: RequestTriage | null, responses: TriageResponse[], now: Date, language?: string): RequestBundle {
  const patientUrl = urn(draft.id, 1);
  const formUrl = urn(draft.id, 2);
  const taskUrl = urn(draft.id, 3);
  const authored = now.toISOString();
  const disposition: Disposition = triage?.disposition ?? 'routine';

  const formId = entryIdentifier(draft.id, 'form');
  const form: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    ...(language ? { language } : {}),
    identifier: formId,
    questionnaire: `${REQUEST_FORM_QUESTIONNAIRE}|${REQUEST_FORM_VERSION}`,
    status: 'completed',
    subject: { reference: patientUrl },
    authored,
    item: formItems(draft),
  };
  const triageEntries = responses.map((response, index) => {
    const identifier = entryIdentifier(draft.id, `triage/${response.questionnaireId}`);
    const resource: QuestionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      identifier,
      questionnaire: `${TRIAGE_QUESTIONNAIRE_BASE}/${response.questionnaireId}|${response.contentVersion}`,
      status: 'completed',
      subject: { reference: patientUrl },
      authored,
      item: triageItems(response),
    };
    return post(urn(draft.id, 16 + index), resource, identifier);
  });
  const photoEntries = (draft.wantsPhotos === 'yes' ? draft.photos : []).map((photo, index) => {
    const identifier = entryIdentifier(draft.id, `photo/${index + 1}`);
    const resource: DocumentReference = {
      resourceType: 'DocumentReference',
      identifier: [identifier],
      status: 'current',
      subject: { reference: patientUrl },
      date: authored,
      content: [{ attachment: { contentType: photo.contentType, data: photo.data, size: photo.bytes } }],
    };
    return post(urn(draft.id, 256 + index), resource, identifier);
  });

  const taskId: Identifier = { system: REQUEST_CLIENT_ID_SYSTEM, value: draft.id };
  const task: Task = {
    resourceType: 'Task',
    identifier: [taskId],
    status: 'requested',
    intent: 'order',
    priority: TASK_PRIORITY[disposition],
    code: { coding: [{ system: REQUEST_TYPE_SYSTEM, code: `${draft.kind ?? 'medical'}/${draft.reason ?? ''}` }] },
    for: { reference: patientUrl },
    focus: { reference: formUrl },
    owner: { identifier: { system: ODS_SYSTEM, value: draft.ods } },
    authoredOn: authored,
    extension: [
      { url: REQUEST_EXTENSION.disposition, valueCode: disposition },
      ...(triage ? [{ url: REQUEST_EXTENSION.outcome, valueCode: triage.outcomeId }] : []),
      ...(triage ? [{ url: REQUEST_EXTENSION.contentVersion, valueString: triage.contentVersion }] : []),
      ...(triage?.firedRules ?? []).map((id) => ({ url: REQUEST_EXTENSION.firedRule, valueString: id })),
    ],
    input: [
      ...triageEntries.map((e) => ({ type: { text: 'triage' }, valueReference: { reference: e.fullUrl } })),
      ...photoEntries.map((e) => ({ type: { text: 'photo' }, valueReference: { reference: e.fullUrl } })),
    ],
  };

  return {
    resourceType: 'Bundle',
    type: 'transaction',
    timestamp: authored,
    entry: [
      post(patientUrl, patientResource(draft, now), entryIdentifier(draft.id, 'patient')),
      post(formUrl, form, formId),
      ...triageEntries,
      ...photoEntries,
      post(taskUrl, task, taskId),
    ],
  };
}
