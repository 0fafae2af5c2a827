import * as v from 'valibot';
import { isBirthDate } from '../person/date-of-birth';
import { characterCount, isValidEmail, nameProblem } from './fields';
import { NHS_NUMBER_SYSTEM, NHS_NUMBER_VERIFICATION, REQUEST_CLIENT_ID_SYSTEM, REQUEST_ENTRY_SYSTEM } from './fhir-systems';
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
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<client id>/<part>`: this request's own identifier for one of its resources. */
const EntryIdentifier = v.object({ system: v.literal(REQUEST_ENTRY_SYSTEM), value: v.pipe(v.string(), v.regex(new RegExp(`^${UUID}/[a-z0-9/-]{1,80}$`))) });
const Coding = v.object({ system: v.pipe(v.string(), v.url(), v.maxLength(200)), code: v.pipe(v.string(), v.maxLength(100)), display: v.optional(v.pipe(v.string(), v.maxLength(200))) });
const NhsNumberVerification = v.object({
  url: v.literal(NHS_NUMBER_VERIFICATION.url),
  valueCodeableConcept: v.object({ coding: v.pipe(v.array(v.object({ system: v.literal(NHS_NUMBER_VERIFICATION.system), code: v.string(), display: v.optional(v.string()) })), v.length(1)) }),
});
const name = (field: RequestField) => v.pipe(v.string(field), v.check((s) => nameProblem(s) === null, field));

function patientSchema(now: Date) {
  return v.object({
    resourceType: v.literal('Patient'),
    identifier: v.pipe(
      v.array(
        v.variant('system', [
          EntryIdentifier,
          v.object({
            extension: v.optional(v.array(NhsNumberVerification)),
            system: v.literal(NHS_NUMBER_SYSTEM, 'nhsNumber'),
            value: v.pipe(v.string('nhsNumber'), v.check(isValidNhsNumber, 'nhsNumber')),
          }),
        ], 'nhsNumber'),
      ),
      v.minLength(1, 'bundle'),
      v.maxLength(2, 'nhsNumber'),
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
  // Every answer coding names its CodeSystem, so the code means the same to any reader.
  v.object({ valueCoding: Coding }),
], 'bundle');

const QuestionnaireResponse = v.object({
  resourceType: v.literal('QuestionnaireResponse'),
  identifier: EntryIdentifier,
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

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A photo: JPEG by its bytes, 500 KB or less (so it was resized on the device), inline
 * in its DocumentReference. Its length and alphabet are checked before any of it is
 * decoded: valibot runs every check of a pipe, so the decoding one must itself refuse
 * what is not base64 rather than throw.
 */
const PhotoData = v.pipe(
  v.string('photos'),
  v.check((data) => data.length > 0 && data.length <= Math.ceil((LIMITS.photoBytes * 4) / 3) + 4 && BASE64.test(data), 'photos'),
  v.check((data) => BASE64.test(data) && sniffFileType(base64ToBytes(data.slice(0, 64))) === 'image/jpeg', 'photos'),
);

const DocumentReference = v.object({
  resourceType: v.literal('DocumentReference'),
  identifier: v.pipe(v.array(EntryIdentifier), v.length(1)),
  status: v.literal('current'),
  subject: v.object({ reference: v.string() }),
  date: v.pipe(v.string(), v.isoTimestamp()),
  content: v.pipe(
    v.array(v.object({ attachment: v.object({ contentType: v.literal('image/jpeg', 'photos'), data: PhotoData, size: v.pipe(v.number(), v.integer(), v.minValue(1)) }) })),
    v.length(1),
  ),
});

/** The business identifier an entry's conditional create names (`identifier=system|value`). */
function identifierOf(resource: { resourceType: string; identifier?: unknown }): { system: string; value: string } | undefined {
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier : resource.identifier ? [resource.identifier] : [];
  const own = resource.resourceType === 'Task' ? REQUEST_CLIENT_ID_SYSTEM : REQUEST_ENTRY_SYSTEM;
  return (identifiers as { system: string; value: string }[]).find((i) => i.system === own);
}

/** The ifNoneExist each entry must carry, so a resend is stored once. */
export function conditionOf(resource: { resourceType: string; identifier?: unknown }): string | undefined {
  const identifier = identifierOf(resource);
  return identifier ? `identifier=${identifier.system}|${identifier.value}` : undefined;
}

export function requestBundleSchema(now: Date) {
  const Entry = v.object({
    fullUrl: v.pipe(v.string(), v.startsWith('urn:uuid:')),
    resource: v.variant('resourceType', [patientSchema(now), QuestionnaireResponse, Task, DocumentReference], 'bundle'),
    request: v.object({
      method: v.literal('POST'),
      url: v.picklist(['Patient', 'QuestionnaireResponse', 'Task', 'DocumentReference']),
      ifNoneExist: v.pipe(v.string(), v.maxLength(300)),
    }),
  });
  const count = (entries: { resource: { resourceType: string } }[], type: string) => entries.filter((e) => e.resource.resourceType === type).length;
  return v.pipe(
    v.object({
      resourceType: v.literal('Bundle'),
      type: v.literal('transaction'),
      timestamp: v.pipe(v.string(), v.isoTimestamp()),
      entry: v.pipe(v.array(Entry), v.minLength(3), v.maxLength(40)),
    }),
    v.check((b) => count(b.entry, 'Patient') === 1 && count(b.entry, 'Task') === 1 && count(b.entry, 'QuestionnaireResponse') >= 1, 'bundle'),
    v.check((b) => count(b.entry, 'DocumentReference') <= LIMITS.photos, 'photos'),
    v.check((b) => b.entry.every((e) => e.request.url === e.resource.resourceType && e.request.ifNoneExist === conditionOf(e.resource)), 'bundle'),
    v.check((b) => {
      // Every entry belongs to the Task's request: its identifiers start with the client id.
      const clientId = (b.entry.find((e) => e.resource.resourceType === 'Task')?.resource as { identifier: { value: string }[] } | undefined)?.identifier[0]?.value;
      return b.entry.every((e) => e.resource.resourceType === 'Task' || identifierOf(e.resource)?.value.startsWith(`${clientId}/`));
    }, 'bundle'),
    v.check((b) => new Set(b.entry.map((e) => e.fullUrl)).size === b.entry.length && new Set(b.entry.map((e) => e.request.ifNoneExist)).size === b.entry.length, 'bundle'),
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
