import { describe, expect, it } from 'vitest';
import type { Bundle, Composition, DocumentReference, Practitioner, Resource, Task } from 'fhir/r4';
import { buildRecordBundle, COMPOSITION_TYPE, type RecordBundle, type RecordBundleInput } from '../../server/export/document-bundle';
import { r4Problems } from './fhir-validator';
import { COMPLETED_AT, EXPORTED_AT, REPLY_TEXT, STAFF, storedRequest } from './export-fixtures';

async function exportInput(withPhoto = true, photos = true): Promise<RecordBundleInput & { reference: string }> {
  const stored = await storedRequest(withPhoto);
  return {
    reference: stored.reference,
    practice: stored.practice,
    resources: stored.resources,
    replies: stored.replies,
    answers: [{ question: 'What is it about?', answer: 'Sore throat <since Friday> & worse' }],
    triage: { disposition: 'routine', outcomeId: 'sore-throat-routine', contentVersion: '2026.11', rules: [{ id: 'r1', title: 'Rule one', source: 'https://www.nhs.uk/conditions/sore-throat/' }] },
    completion: { outcome: 'advice-given', note: 'Fluids and rest.', by: STAFF, at: COMPLETED_AT },
    photos: photos ? stored.photos : [],
    now: EXPORTED_AT,
  };
}

/** Every `reference` string anywhere in a resource. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'reference' && typeof inner === 'string' ? [inner] : referencesIn(inner)));
}

const resources = (bundle: RecordBundle): Resource[] => (bundle.entry ?? []).map((e) => e.resource!);

describe('the FHIR document Bundle of a completed request', () => {
  it('is a document whose first entry is a final Composition of the right type, and every resource is valid R4', async () => {
    const bundle = buildRecordBundle(await exportInput());
    expect(bundle.type).toBe('document');
    expect(bundle.identifier?.system && bundle.identifier.value).toBeTruthy();
    expect(bundle.timestamp).toBe(EXPORTED_AT);
    const composition = bundle.entry[0]!.resource as Composition;
    expect(composition.resourceType).toBe('Composition');
    expect(composition.status).toBe('final');
    expect(composition.type.coding?.[0]).toMatchObject({ system: 'http://snomed.info/sct', code: COMPOSITION_TYPE.code });
    expect(r4Problems(bundle as Bundle)).toEqual([]);
    for (const resource of resources(bundle)) expect(r4Problems(resource), resource.resourceType).toEqual([]);
  });

  it('resolves every reference inside the Bundle, and every entry has a unique urn:uuid fullUrl', async () => {
    const bundle = buildRecordBundle(await exportInput());
    const fullUrls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(fullUrls).size).toBe(fullUrls.length);
    for (const url of fullUrls) expect(url).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const dangling = resources(bundle).flatMap(referencesIn).filter((ref) => !fullUrls.includes(ref));
    expect(dangling).toEqual([]);
    // Photos: each DocumentReference points at a Binary in the Bundle.
    const documents = resources(bundle).filter((r): r is DocumentReference => r.resourceType === 'DocumentReference');
    expect(documents).toHaveLength(1);
    const binaryUrl = documents[0]!.content[0]!.attachment.url!;
    expect(bundle.entry.find((e) => e.fullUrl === binaryUrl)?.resource.resourceType).toBe('Binary');
  });

  it('leaves no stored resource out, and names the subject, the practice and the staff member', async () => {
    const input = await exportInput();
    const bundle = buildRecordBundle(input);
    // Stored uuids stay the resources' ids (and fullUrls); other ids get a uuid of their own.
    const ids = resources(bundle).map((r) => r.id);
    for (const stored of input.resources) expect(ids, `${stored.resourceType}/${stored.id}`).toContain(stored.id);
    const count = (list: Resource[], type: string) => list.filter((r) => r.resourceType === type).length;
    for (const stored of [...input.resources, ...input.replies]) expect(count(resources(bundle), stored.resourceType)).toBe(count([...input.resources, ...input.replies], stored.resourceType));
    const byType = (type: string) => resources(bundle).filter((r) => r.resourceType === type);
    expect(byType('Patient')).toHaveLength(1);
    expect(byType('Communication')).toHaveLength(1);
    expect(byType('QuestionnaireResponse').length).toBeGreaterThanOrEqual(2);
    expect(byType('Organization')).toEqual([expect.objectContaining({ identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'Y99001' }] })]);
    // The completing member and the reply's sender, both as Practitioners.
    expect(byType('Practitioner').map((p) => (p as Practitioner).name![0]!.text).sort()).toEqual([STAFF.name, 'Nurse Nia Example'].sort());

    const composition = bundle.entry[0]!.resource as Composition;
    const urlOf = (type: string) => bundle.entry.find((e) => e.resource.resourceType === type)!.fullUrl;
    expect(composition.subject?.reference).toBe(urlOf('Patient'));
    expect(composition.custodian?.reference).toBe(urlOf('Organization'));
    expect(composition.author.map((a) => a.reference)).toContain(urlOf('Organization'));
    // Every stored resource but the Patient (the subject) is in some section, so a receiving system files all of it.
    const inSections = new Set(composition.section!.flatMap((s) => (s.entry ?? []).map((e) => e.reference)));
    for (const entry of bundle.entry) {
      if (['Communication', 'QuestionnaireResponse', 'Task', 'DocumentReference'].includes(entry.resource.resourceType)) {
        expect(inSections.has(entry.fullUrl), entry.resource.resourceType).toBe(true);
      }
    }
  });

  it('carries the request reference, the completion outcome and the replies, with the staff words escaped in the narrative', async () => {
    const input = await exportInput();
    const bundle = buildRecordBundle(input);
    const composition = bundle.entry[0]!.resource as Composition;
    expect(composition.identifier?.value).toBe(input.reference);
    const task = resources(bundle).find((r): r is Task => r.resourceType === 'Task')!;
    expect(task.status).toBe('completed');
    expect(task.output?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('advice-given');
    const titled = (title: string) => composition.section!.find((s) => s.title === title)!;
    expect(titled('Replies to the patient').text!.div).toContain(REPLY_TEXT);
    expect(titled('Answers').text!.div).toContain('Sore throat &lt;since Friday&gt; &amp; worse');
    expect(titled('Triage outcome').text!.div).toContain('https://www.nhs.uk/conditions/sore-throat/');
    expect(titled('Outcome').text!.div).toContain('Advice given');
  });

  it('is the same document when built twice, and still valid without photos or their bytes', async () => {
    const input = await exportInput();
    expect(buildRecordBundle(input)).toEqual(buildRecordBundle(input));
    const noBytes = buildRecordBundle(await exportInput(true, false));
    const documents = resources(noBytes).filter((r): r is DocumentReference => r.resourceType === 'DocumentReference');
    expect(documents[0]!.content[0]!.attachment.url).toBeUndefined();
    expect(documents[0]!.content[0]!.attachment.title).toMatch(/held by the practice/);
    const noPhoto = buildRecordBundle({ ...(await exportInput(false)), replies: [] });
    for (const bundle of [noBytes, noPhoto]) {
      for (const resource of [bundle as Bundle, ...resources(bundle)]) expect(r4Problems(resource), resource.resourceType).toEqual([]);
      const fullUrls = bundle.entry.map((e) => e.fullUrl);
      expect(resources(bundle).flatMap(referencesIn).filter((ref) => !fullUrls.includes(ref))).toEqual([]);
    }
  });
});
