import * as v from 'valibot';
import { isBirthDate } from '../person/date-of-birth';
import { characterCount, isValidEmail, nameProblem } from './fields';
import { NHS_NUMBER_SYSTEM, REQUEST_CLIENT_ID_SYSTEM } from './fhir-systems';
import { isValidNhsNumber } from './nhs-number';
import { base64ToBytes, sniffFileType } from './photo-type';
import { isValidUkPhone } from './phone';
import { isValidPostcode } from './postcode';
import { LIMITS } from './request-types';
import { ODS_CODE_PATTERN } from '../practice/ods-code';

/**
 * The online request Bundle as the backend accepts it: the same field checks the
 * app's pages make, so anything a page lets through, the backend takes, and anything
 * tampered with or sent by an old app version gets a 4xx that names the field.
 * Each check's message is the field it is about (a `request-field` code).
 */
export const REQUEST_FIELDS = ['givenName', 'familyName', 'dob', 'sex', 'nhsNumber', 'postcode', 'phone', 'email', 'description', 'photos', 'bundle'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const name = (field: RequestField) => v.pipe(v.string(field), v.check((s) => nameProblem(s) === null, field));

function patientSchema(now: Date) {
  return v.object({
    resourceType: v.literal('Patient'),
    identifier: v.optional(
      v.pipe(
        v.array(v.object({ system: v.literal(NHS_NUMBER_SYSTEM, 'nhsNumber'), value: v.pipe(v.string('nhsNumber'), v.check(isValidNhsNumber, 'nhsNumber')) })),
        v.maxLength(1, 'nhsNumber'),
      ),
    ),
    name: v.pipe(v.array(v.object({ given: v.pipe(v.array(name('givenName')), v.length(1, 'givenName')), family: name('familyName') })), v.length(1, 'givenName')),
    birthDate: v.pipe(v.string('dob'), v.check((d) => isBirthDate(d, now), 'dob')),
    gender: v.optional(v.picklist(['female', 'male'], 'sex')),
    address: v.pipe(v.array(v.object({ postalCode: v.pipe(v.string('postcode'), v.check(isValidPostcode, 'postcode')) })), v.length(1, 'postcode')),
    telecom: v.optional(
      v.array(
        v.variant('system', [
          v.object({ system: v.literal('phone'), value: v.pipe(v.string('phone'), v.check(isValidUkPhone, 'phone')) }),
          v.object({ system: v.literal('email'), value: v.pipe(v.string('email'), v.check(isValidEmail, 'email')) }),
        ]),
      ),
    ),
  });
}

const Answer = v.union([
  v.object({ valueString: v.pipe(v.string('description'), v.check((s) => characterCount(s) <= LIMITS.description, 'description')) }),
  v.object({ valueBoolean: v.boolean() }),
  v.object({ valueInteger: v.pipe(v.number(), v.integer()) }),
  v.object({ valueCoding: v.object({ code: v.pipe(v.string(), v.maxLength(100)) }) }),
], 'description');

const QuestionnaireResponse = v.object({
  resourceType: v.literal('QuestionnaireResponse'),
  questionnaire: v.pipe(v.string(), v.regex(/^https?:\/\/\S+\|\S+$/, 'bundle')),
  status: v.literal('completed'),
  subject: v.object({ reference: v.string() }),
  authored: v.pipe(v.string(), v.isoTimestamp()),
  item: v.pipe(v.array(v.object({ linkId: v.pipe(v.string(), v.maxLength(100)), answer: v.pipe(v.array(Answer), v.minLength(1), v.maxLength(20)) })), v.maxLength(100)),
});

const Extension = v.object({ url: v.pipe(v.string(), v.url()), valueCode: v.optional(v.string()), valueString: v.optional(v.pipe(v.string(), v.maxLength(200))) });

const Task = v.object({
  resourceType: v.literal('Task'),
  identifier: v.pipe(v.array(v.object({ system: v.literal(REQUEST_CLIENT_ID_SYSTEM), value: v.pipe(v.string(), v.regex(CLIENT_ID)) })), v.length(1)),
  status: v.literal('requested'),
  intent: v.literal('order'),
  priority: v.picklist(['routine', 'urgent', 'asap', 'stat']),
  code: v.object({ coding: v.pipe(v.array(v.object({ system: v.string(), code: v.pipe(v.string(), v.regex(/^(medical|admin)\/[a-z-]+$/)) })), v.length(1)) }),
  for: v.object({ reference: v.string() }),
  focus: v.object({ reference: v.string() }),
  owner: v.object({ identifier: v.object({ system: v.string(), value: v.pipe(v.string(), v.regex(ODS_CODE_PATTERN)) }) }),
  authoredOn: v.pipe(v.string(), v.isoTimestamp()),
  extension: v.pipe(v.array(Extension), v.maxLength(200)),
  input: v.optional(v.array(v.object({ type: v.object({ text: v.string() }), valueReference: v.object({ reference: v.string() }) }))),
});

/** A photo: JPEG by its bytes, 500 KB or less (so it was resized on the device). */
const Binary = v.object({
  resourceType: v.literal('Binary'),
  contentType: v.literal('image/jpeg', 'photos'),
  data: v.pipe(
    v.string('photos'),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'photos'),
    v.check((data) => data.length <= Math.ceil((LIMITS.photoBytes * 4) / 3) + 4, 'photos'),
    v.check((data) => sniffFileType(base64ToBytes(data.slice(0, 64))) === 'image/jpeg', 'photos'),
  ),
});

const DocumentReference = v.object({
  resourceType: v.literal('DocumentReference'),
  status: v.literal('current'),
  subject: v.object({ reference: v.string() }),
  date: v.pipe(v.string(), v.isoTimestamp()),
  content: v.pipe(v.array(v.object({ attachment: v.object({ contentType: v.literal('image/jpeg', 'photos'), url: v.string(), size: v.number() }) })), v.length(1)),
});

export function requestBundleSchema(now: Date) {
  const Entry = v.object({
    fullUrl: v.pipe(v.string(), v.startsWith('urn:uuid:')),
    resource: v.variant('resourceType', [patientSchema(now), QuestionnaireResponse, Task, Binary, DocumentReference], 'bundle'),
    request: v.object({ method: v.literal('POST'), url: v.picklist(['Patient', 'QuestionnaireResponse', 'Task', 'Binary', 'DocumentReference']) }),
  });
  const count = (entries: { resource: { resourceType: string } }[], type: string) => entries.filter((e) => e.resource.resourceType === type).length;
  return v.pipe(
    v.object({
      resourceType: v.literal('Bundle'),
      type: v.literal('transaction'),
      identifier: v.object({ system: v.literal(REQUEST_CLIENT_ID_SYSTEM), value: v.pipe(v.string(), v.regex(CLIENT_ID)) }),
      timestamp: v.pipe(v.string(), v.isoTimestamp()),
      entry: v.pipe(v.array(Entry), v.minLength(3), v.maxLength(40)),
    }),
    v.check((b) => count(b.entry, 'Patient') === 1 && count(b.entry, 'Task') === 1 && count(b.entry, 'QuestionnaireResponse') >= 1, 'bundle'),
    v.check((b) => count(b.entry, 'Binary') <= LIMITS.photos && count(b.entry, 'Binary') === count(b.entry, 'DocumentReference'), 'photos'),
    v.check((b) => {
      const task = b.entry.find((e) => e.resource.resourceType === 'Task')?.resource as { identifier: { value: string }[] } | undefined;
      return task?.identifier[0]?.value === b.identifier.value;
    }, 'bundle'),
  );
}

export type ValidRequestBundle = v.InferOutput<ReturnType<typeof requestBundleSchema>>;

/** The fields a Bundle has problems with, in the order the patient met them; empty when it is fine. */
export function requestBundleProblems(input: unknown, now: Date): RequestField[] {
  const result = v.safeParse(requestBundleSchema(now), input);
  if (result.success) return [];
  const fields = result.issues.map((issue) => ((REQUEST_FIELDS as readonly string[]).includes(issue.message) ? (issue.message as RequestField) : 'bundle'));
  return [...new Set(fields)];
}
