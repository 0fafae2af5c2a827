import { describe, expect, it } from 'vitest';
import { buildRequestBundle } from '../../../src/domain/request/fhir-bundle';
import { requestBundleProblems } from '../../../src/domain/request/bundle-schema';
import { requestTriage, triageResponses } from '../../../src/features/request/model/draft-triage';
import { REQUEST_CLIENT_ID_SYSTEM, REQUEST_ENTRY_SYSTEM, REQUEST_EXTENSION, NHS_NUMBER_SYSTEM, NHS_NUMBER_VERIFICATION } from '../../../src/domain/request/fhir-systems';
import { TRIAGE_CONTENT_VERSION } from '../../../src/content/triage/all';
import { completeDraft, NOW } from './fixtures';

type Entry = { resource: Record<string, unknown> & { resourceType: string } };
const resources = (bundle: { entry: unknown[] }, type: string) => (bundle.entry as Entry[]).filter((e) => e.resource.resourceType === type).map((e) => e.resource);

const TINY_JPEG = btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1));

const medical = () =>
  completeDraft({
    kind: 'medical',
    reason: 'new-problem',
    topic: 'sore-throat',
    answers: {
      'emergency-adult': { 'signs-now': ['none'], 'signs-now-more': ['none'], 'ae-signs': ['none'] },
      'sore-throat': { 'cannot-swallow-or-breathe': false, 'weak-immune-system': false, 'how-long': 'under-1-week' },
    },
    wantsPhotos: 'yes',
    photoConsent: true,
    photos: [{ id: 'p1', contentType: 'image/jpeg', data: TINY_JPEG, bytes: 12, width: 1, height: 1 }],
  });

describe('the request Bundle', () => {
  it('is a transaction with the patient as supplied, the answers, a Task and the photos', () => {
    const draft = medical();
    const triage = requestTriage(draft, NOW)!;
    const bundle = buildRequestBundle(draft, triage, triageResponses(draft, NOW), NOW);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    const [patient] = resources(bundle, 'Patient');
    expect(patient).toMatchObject({
      identifier: [
        { system: REQUEST_ENTRY_SYSTEM, value: `${draft.id}/patient` },
        {
          system: NHS_NUMBER_SYSTEM,
          value: '9999999999',
          // UK Core: a number the patient typed is present but not traced.
          extension: [{ url: NHS_NUMBER_VERIFICATION.url, valueCodeableConcept: { coding: [{ code: '02' }] } }],
        },
      ],
      name: [{ given: ['Ada'], family: 'Testperson' }],
      birthDate: '1980-03-07',
      gender: 'female',
      address: [{ postalCode: 'EX1 2AB' }],
      telecom: [{ system: 'phone', value: '07700900123' }, { system: 'email', value: 'ada@example.com' }],
    });
    const responses = resources(bundle, 'QuestionnaireResponse').map((r) => r.questionnaire);
    expect(responses).toEqual([
      'https://front-door.example/fhir/Questionnaire/online-request|2',
      `https://front-door.example/fhir/Questionnaire/emergency-adult|${TRIAGE_CONTENT_VERSION}`,
      `https://front-door.example/fhir/Questionnaire/sore-throat|${TRIAGE_CONTENT_VERSION}`,
    ]);
    const [task] = resources(bundle, 'Task') as unknown as { priority: string; extension: { url: string; valueCode?: string; valueString?: string }[] }[];
    expect(task!.extension.find((e) => e.url === REQUEST_EXTENSION.disposition)?.valueCode).toBe(triage.disposition);
    expect(task!.extension.filter((e) => e.url === REQUEST_EXTENSION.firedRule).map((e) => e.valueString)).toEqual(triage.firedRules);
    expect(resources(bundle, 'DocumentReference')).toMatchObject([{ content: [{ attachment: { contentType: 'image/jpeg', data: TINY_JPEG, size: 12 } }] }]);
    expect(requestBundleProblems(bundle, NOW)).toEqual([]);
  });

  it('makes every entry a conditional create, the Task on its client id, so any FHIR server stores a resend once', () => {
    const draft = medical();
    const bundle = buildRequestBundle(draft, requestTriage(draft, NOW), triageResponses(draft, NOW), NOW);
    const conditions = bundle.entry.map((e) => e.request?.ifNoneExist);
    expect(conditions).toEqual([
      `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/patient`,
      `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/form`,
      `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/triage/emergency-adult`,
      `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/triage/sore-throat`,
      `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/photo/1`,
      `identifier=${REQUEST_CLIENT_ID_SYSTEM}|${draft.id}`,
    ]);
    // A Bundle whose entry names another request's identifier is refused.
    const tampered = structuredClone(bundle);
    tampered.entry[1]!.request!.ifNoneExist = `identifier=${REQUEST_ENTRY_SYSTEM}|${draft.id}/patient`;
    expect(requestBundleProblems(tampered, NOW)).toEqual(['bundle']);
  });

  it('gives every answer coding its CodeSystem', () => {
    const draft = medical();
    const bundle = buildRequestBundle(draft, requestTriage(draft, NOW), triageResponses(draft, NOW), NOW);
    const codings = JSON.stringify(bundle).match(/"valueCoding":\{[^}]*\}/g) ?? [];
    expect(codings.length).toBeGreaterThan(5);
    for (const coding of codings) expect(coding).toMatch(/"system":"https:\/\/front-door\.example\/fhir\/CodeSystem\/[a-z-]+"/);
    const withoutSystem = structuredClone(bundle) as unknown as { entry: { resource: { item?: { answer: { valueCoding?: { system?: string } }[] }[] } }[] };
    delete withoutSystem.entry[1]!.resource.item![0]!.answer[0]!.valueCoding!.system;
    expect(requestBundleProblems(withoutSystem, NOW)).toEqual(['bundle']);
  });

  it('takes its Task priority from the disposition', () => {
    const draft = medical();
    draft.answers['sore-throat'] = { 'cannot-swallow-or-breathe': true };
    const triage = requestTriage(draft, NOW)!;
    expect(['call-999', 'go-to-ae', 'call-111']).toContain(triage.disposition);
    const bundle = buildRequestBundle(draft, triage, triageResponses(draft, NOW), NOW);
    expect(resources(bundle, 'Task')[0]!.priority).toMatch(/stat|asap/);
  });

  it('an admin request is routine and carries its free text as text', () => {
    const draft = completeDraft({ description: '<script>alert(1)</script> 😀' });
    const bundle = buildRequestBundle(draft, null, [], NOW);
    expect(resources(bundle, 'Task')[0]).toMatchObject({ priority: 'routine', code: { coding: [{ code: 'admin/fit-note' }] } });
    expect(JSON.stringify(bundle)).toContain('<script>alert(1)</script> 😀');
    expect(requestBundleProblems(bundle, NOW)).toEqual([]);
  });

  it('builds the same Bundle when sent again, so the practice can spot a repeat', () => {
    expect(buildRequestBundle(completeDraft(), null, [], NOW)).toEqual(buildRequestBundle(completeDraft(), null, [], NOW));
  });

  it('the shared schema names the fields a tampered Bundle gets wrong', () => {
    const bundle = buildRequestBundle(completeDraft(), null, [], NOW) as unknown as { entry: Entry[] };
    const patient = bundle.entry[0]!.resource as unknown as { identifier: { value: string }[]; birthDate: string };
    patient.identifier[1]!.value = '9999999998';
    patient.birthDate = '2030-01-01';
    expect(requestBundleProblems(bundle, NOW)).toEqual(['nhsNumber', 'dob']);
    expect(requestBundleProblems({ hello: 'world' }, NOW)).toEqual(['bundle']);
  });

  it('keeps a Relay UK number as typed, and the backend takes it; it refuses any other bad number', () => {
    const relay = buildRequestBundle(completeDraft({ contact: { methods: ['phone'], phone: '18001 07700 900123', email: '', times: ['any'], leaveMessage: 'no' } }), null, [], NOW);
    const patient = (relay as unknown as { entry: Entry[] }).entry[0]!.resource as unknown as { telecom: { system: string; value: string }[] };
    expect(patient.telecom).toEqual([{ system: 'phone', value: '18001 07700 900123' }]);
    expect(requestBundleProblems(relay, NOW)).toEqual([]);
    patient.telecom[0]!.value = '18001 0770';
    expect(requestBundleProblems(relay, NOW)).toEqual(['phone']);
  });

  it('refuses free text over the limit and photos that are not JPEG', () => {
    const long = buildRequestBundle(completeDraft({ description: 'x'.repeat(1001) }), null, [], NOW);
    expect(requestBundleProblems(long, NOW)).toEqual(['description']);
    const pdf = medical();
    pdf.photos[0]!.data = btoa('%PDF-1.4 not a photo');
    const triage = requestTriage(pdf, NOW);
    expect(requestBundleProblems(buildRequestBundle(pdf, triage, triageResponses(pdf, NOW), NOW), NOW)).toEqual(['photos']);
  });
});
