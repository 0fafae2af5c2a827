import type { Bundle, Communication, Resource } from 'fhir/r4';
import { submitRequestTransaction, type NewRequest, type RequestRulesStore } from '../../server/rules/requests';
import { seedPractices } from '../../server/rules/seed/practices';
import type { PracticeSettings } from '../../src/domain/practice/practice-settings';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { requestTriage, triageResponses } from '../../src/features/request/model/draft-triage';
import type { RequestRecord } from '../../server/export/request-record';
import { completeDraft, NOW } from '../unit/request/fixtures';

/*
 * A completed request as the server stores it: the app's Bundle goes through the real
 * submission rules (ids, references, photos moved out), with an in-memory store.
 */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');
export const REPLY_TEXT = 'Please book a blood test with the nurse this week.';
export const STAFF = { id: 'staff-7', name: 'Dr Demo Doctor' };
export const COMPLETED_AT = '2026-11-23T11:30:00Z';
export const EXPORTED_AT = '2026-11-23T12:00:00Z';

export interface StoredRequest {
  practice: PracticeSettings;
  reference: string;
  resources: Resource[];
  photos: { url: string; contentType: string; data: string }[];
  replies: Communication[];
}

export async function storedRequest(withPhoto = true): Promise<StoredRequest> {
  const practice = seedPractices(NOW).find((p) => p.ods === 'Y99001')!;
  const draft = {
    ...completeDraft({
      kind: 'medical',
      reason: 'new-problem',
      topic: 'sore-throat',
      answers: {
        'emergency-adult': { 'signs-now': ['none'], 'signs-now-more': ['none'], 'ae-signs': ['none'] },
        'sore-throat': { 'cannot-swallow-or-breathe': false, 'weak-immune-system': false, 'how-long': 'under-1-week' },
      },
      ...(withPhoto
        ? { wantsPhotos: 'yes' as const, photoConsent: true, photos: [{ id: 'p1', contentType: 'image/jpeg', data: JPEG, bytes: 12, width: 1, height: 1 }] }
        : {}),
    }),
    id: '5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  };
  const sent = buildRequestBundle(draft, requestTriage(draft, NOW), triageResponses(draft, NOW), NOW);
  let saved: NewRequest | undefined;
  let n = 0;
  const store: RequestRulesStore = {
    practice: async (ods) => (ods === practice.ods ? practice : undefined),
    countAttempt: async () => undefined,
    firstAnswer: async () => undefined,
    nextRequestNumber: async () => 42,
    statusKey: async () => '0123456789abcdef0123456789abcdef',
    newId: () => `0f0e0d0c-0b0a-4908-8706-${(++n).toString(16).padStart(12, '0')}`,
    saveRequest: async (request) => {
      saved = request;
      return { outcome: 'stored' };
    },
  };
  const answer = await submitRequestTransaction(store, sent, NOW);
  if (answer.status !== 200 || !saved) throw new Error(`the request was not stored: ${JSON.stringify(answer.body)}`);
  const resources = (answer.body as Bundle).entry!.map((e) => e.resource!);
  const patient = resources.find((r) => r.resourceType === 'Patient')!;
  const task = resources.find((r) => r.resourceType === 'Task')!;
  const reply: Communication = {
    resourceType: 'Communication',
    id: 'reply-1',
    status: 'completed',
    basedOn: [{ reference: `Task/${task.id}` }],
    subject: { reference: `Patient/${patient.id}` },
    recipient: [{ reference: `Patient/${patient.id}` }],
    sender: { reference: 'Practitioner/staff-9', display: 'Nurse Nia Example' },
    sent: '2026-11-23T11:00:00Z',
    payload: [{ contentString: REPLY_TEXT }],
  };
  return {
    practice,
    reference: saved.reference,
    resources,
    photos: saved.photos.map((p) => ({ url: `Binary/${p.key}`, contentType: p.contentType, data: p.data })),
    replies: [reply],
  };
}

/** The request page's view of a request, for the PDF (fictional person, 999 range). */
export function requestRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    reference: 'FD-0042-TEST',
    kind: 'medical',
    priority: 'urgent',
    receivedAt: '2026-11-23T10:00:00Z',
    communicationNeeds: ['Needs an interpreter: Welsh'],
    patient: { name: 'Ada Testperson', dateOfBirth: '1980-03-07', nhsNumber: '9999999999', sex: 'female', address: 'EX1 2AB' },
    requester: { name: 'Cal Carer', relationship: 'carer' },
    contact: { phone: '07700 900123', email: 'ada@example.com', preferences: ['Phone, mornings', 'Leave a message: yes'] },
    answers: [
      { question: 'What is it about?', answer: 'Sore throat' },
      { question: 'How long have you had it?', answer: 'Less than a week' },
    ],
    ownWords: 'My throat has been sore since Friday.',
    language: 'cy',
    triage: {
      disposition: 'practice-today',
      outcomeId: 'sore-throat-practice-today',
      contentVersion: '2026.11',
      rules: [{ id: 'sore-throat-high-temperature', title: 'Sore throat with a high temperature', source: 'https://www.nhs.uk/conditions/sore-throat/' }],
    },
    photos: [],
    replies: [{ id: 'reply-1', text: REPLY_TEXT, inviteAppointment: true, sentAt: '2026-11-23T11:00:00Z', by: 'Nurse Nia Example' }],
    outcome: { code: 'advice-given', note: 'Advised fluids and paracetamol.', by: STAFF, at: COMPLETED_AT },
    ...overrides,
  };
}
