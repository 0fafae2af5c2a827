import type { Disposition } from '../triage/dispositions';
import { parseDateOfBirth } from '../person/date-of-birth';
import type { RequestDraft, RequestTriage } from './draft';
import { normaliseNhsNumber } from './nhs-number';
import { phoneForPractice } from './phone';
import { normalisePostcode } from './postcode';
import {
  NHS_NUMBER_SYSTEM,
  ODS_SYSTEM,
  REQUEST_CLIENT_ID_SYSTEM,
  REQUEST_EXTENSION,
  REQUEST_FORM_QUESTIONNAIRE,
  REQUEST_FORM_VERSION,
  REQUEST_TYPE_SYSTEM,
  TRIAGE_QUESTIONNAIRE_BASE,
} from './fhir-systems';

/** A QuestionnaireResponse item: one linkId, its answers. */
export interface ResponseItem {
  linkId: string;
  answer: ({ valueString: string } | { valueBoolean: boolean } | { valueInteger: number } | { valueCoding: { code: string } })[];
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

export type RequestBundle = ReturnType<typeof buildRequestBundle>;

/** A urn:uuid for each entry, derived from the client id so a resend builds the same Bundle. */
const urn = (id: string, n: number) => `urn:uuid:${id.slice(0, 24)}${n.toString(16).padStart(12, '0')}`;
const text = (linkId: string, value: string | undefined): ResponseItem[] =>
  value && value.trim() !== '' ? [{ linkId, answer: [{ valueString: value.trim() }] }] : [];
const codes = (linkId: string, values: readonly string[] | undefined): ResponseItem[] =>
  values && values.length > 0 ? [{ linkId, answer: values.map((code) => ({ valueCoding: { code } })) }] : [];

function formItems(draft: RequestDraft): ResponseItem[] {
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

function patientResource(draft: RequestDraft, now: Date) {
  const dob = parseDateOfBirth(draft.patient.dob, now);
  const nhs = normaliseNhsNumber(draft.patient.nhsNumber);
  const replyToPatient = draft.forWho === 'me' || draft.replyTo === 'patient';
  const phone = phoneForPractice(draft.contact.phone);
  const telecom = replyToPatient
    ? [
        ...(phone && draft.contact.methods.some((m) => m === 'phone' || m === 'text') ? [{ system: 'phone', value: phone }] : []),
        ...(draft.contact.methods.includes('email') && draft.contact.email.trim() ? [{ system: 'email', value: draft.contact.email.trim() }] : []),
      ]
    : [];
  return {
    resourceType: 'Patient' as const,
    ...(nhs ? { identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhs }] } : {}),
    name: [{ given: [draft.patient.givenName.trim()], family: draft.patient.familyName.trim() }],
    birthDate: dob.ok ? dob.date : '',
    ...(draft.patient.sex ? { gender: draft.patient.sex } : {}),
    address: [{ postalCode: normalisePostcode(draft.patient.postcode) }],
    ...(telecom.length > 0 ? { telecom } : {}),
  };
}

/**
 * The request as one FHIR R4 transaction Bundle: the Patient as supplied, the answers
 * (the request form and each triage questionnaire, with its content version), a Task
 * whose priority comes from the disposition and which names the rules that fired, and
 * a DocumentReference and Binary per photo. Its identifier is the client id, which is
 * also the Idempotency-Key: sending it twice stores it once.
 */
export function buildRequestBundle(draft: RequestDraft, triage: RequestTriage | null, responses: TriageResponse[], now: Date) {
  const patientUrl = urn(draft.id, 1);
  const formUrl = urn(draft.id, 2);
  const taskUrl = urn(draft.id, 3);
  const authored = now.toISOString();
  const disposition: Disposition = triage?.disposition ?? 'routine';

  const form = {
    resourceType: 'QuestionnaireResponse' as const,
    questionnaire: `${REQUEST_FORM_QUESTIONNAIRE}|${REQUEST_FORM_VERSION}`,
    status: 'completed' as const,
    subject: { reference: patientUrl },
    authored,
    item: formItems(draft),
  };
  const triageEntries = responses.map((response, index) => ({
    fullUrl: urn(draft.id, 16 + index),
    resource: {
      resourceType: 'QuestionnaireResponse' as const,
      questionnaire: `${TRIAGE_QUESTIONNAIRE_BASE}/${response.questionnaireId}|${response.contentVersion}`,
      status: 'completed' as const,
      subject: { reference: patientUrl },
      authored,
      item: response.items,
    },
    request: { method: 'POST' as const, url: 'QuestionnaireResponse' },
  }));
  const photoEntries = (draft.wantsPhotos === 'yes' ? draft.photos : []).flatMap((photo, index) => {
    const binaryUrl = urn(draft.id, 256 + index * 2);
    return [
      {
        fullUrl: binaryUrl,
        resource: { resourceType: 'Binary' as const, contentType: photo.contentType, data: photo.data },
        request: { method: 'POST' as const, url: 'Binary' },
      },
      {
        fullUrl: urn(draft.id, 257 + index * 2),
        resource: {
          resourceType: 'DocumentReference' as const,
          status: 'current' as const,
          subject: { reference: patientUrl },
          date: authored,
          content: [{ attachment: { contentType: photo.contentType, url: binaryUrl, size: photo.bytes } }],
        },
        request: { method: 'POST' as const, url: 'DocumentReference' },
      },
    ];
  });

  const task = {
    resourceType: 'Task' as const,
    identifier: [{ system: REQUEST_CLIENT_ID_SYSTEM, value: draft.id }],
    status: 'requested' as const,
    intent: 'order' as const,
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
      ...photoEntries
        .filter((e) => e.resource.resourceType === 'DocumentReference')
        .map((e) => ({ type: { text: 'photo' }, valueReference: { reference: e.fullUrl } })),
    ],
  };

  return {
    resourceType: 'Bundle' as const,
    type: 'transaction' as const,
    identifier: { system: REQUEST_CLIENT_ID_SYSTEM, value: draft.id },
    timestamp: authored,
    entry: [
      { fullUrl: patientUrl, resource: patientResource(draft, now), request: { method: 'POST' as const, url: 'Patient' } },
      { fullUrl: formUrl, resource: form, request: { method: 'POST' as const, url: 'QuestionnaireResponse' } },
      ...triageEntries,
      ...photoEntries,
      { fullUrl: taskUrl, resource: task, request: { method: 'POST' as const, url: 'Task' } },
    ],
  };
}
