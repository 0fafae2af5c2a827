import * as v from 'valibot';
import { CONTACT_MODE_SYSTEM, UBRN_SYSTEM } from './fhir-systems';

/**
 * The FHIR R4 resources of the booking journeys, as valibot schemas shared by the app
 * (which checks what the backend sends before trusting it) and the mock backend (which
 * checks its own seed). Only the fields Front Door reads are listed; a real FHIR server
 * may send more, and valibot's object schemas drop what they do not know.
 */

/** A FHIR id: what a hand-edited URL or request is checked against before any lookup. */
export const FhirIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9\-.]{1,64}$/, 'not a FHIR id'));
const Instant = v.pipe(v.string(), v.isoTimestamp());
const Reference = v.object({ reference: v.optional(v.string()), display: v.optional(v.string()) });
const Coding = v.object({ system: v.optional(v.string()), code: v.string(), display: v.optional(v.string()) });
const CodeableConcept = v.object({ coding: v.optional(v.array(Coding)), text: v.optional(v.string()) });
const Extension = v.object({
  url: v.string(),
  valueDecimal: v.optional(v.number()),
  valueInteger: v.optional(v.number()),
  valueCode: v.optional(v.string()),
  valueDateTime: v.optional(v.string()),
  valueInstant: v.optional(v.string()),
  valueDuration: v.optional(v.object({ value: v.number(), unit: v.string(), system: v.optional(v.string()), code: v.optional(v.string()) })),
});
const Identifier = v.object({ system: v.string(), value: v.string() });
const Address = v.object({ line: v.array(v.string()), city: v.optional(v.string()), postalCode: v.optional(v.string()) });

/** How a practice appointment happens. Hospital slots leave it out (they are face to face). */
export const ContactModeSchema = v.picklist(['phone', 'video', 'face-to-face']);
export type ContactMode = v.InferOutput<typeof ContactModeSchema>;

export const HealthcareServiceSchema = v.object({
  resourceType: v.literal('HealthcareService'),
  id: FhirIdSchema,
  active: v.boolean(),
  name: v.string(),
  providedBy: v.optional(Reference),
  specialty: v.optional(v.array(CodeableConcept)),
  /** Where the service is: FHIR keeps it on a Location, carried inside the service. */
  contained: v.optional(v.array(v.object({ resourceType: v.literal('Location'), id: v.string(), address: Address }))),
  location: v.optional(v.array(Reference)),
  telecom: v.optional(v.array(v.object({ system: v.string(), value: v.string() }))),
  /** Access notes (step-free entrance, parking, hearing loop): FHIR's extraDetails. */
  extraDetails: v.optional(v.string()),
  /** Practice services say which contact mode they offer. */
  type: v.optional(v.array(CodeableConcept)),
  extension: v.optional(v.array(Extension)),
});
export type HealthcareService = v.InferOutput<typeof HealthcareServiceSchema>;

export const ReferralPrioritySchema = v.picklist(['routine', 'urgent', 'two-week-wait']);
export type ReferralPriority = v.InferOutput<typeof ReferralPrioritySchema>;

export const ServiceRequestSchema = v.object({
  resourceType: v.literal('ServiceRequest'),
  id: FhirIdSchema,
  identifier: v.pipe(
    v.array(Identifier),
    v.check((ids) => ids.some((id) => id.system === UBRN_SYSTEM && /^\d{12}$/.test(id.value)), 'a referral needs its UBRN'),
  ),
  /** active = waiting to be booked or booked; on-hold = deferred to the provider (no slots). */
  status: v.picklist(['active', 'on-hold', 'completed', 'revoked']),
  intent: v.literal('order'),
  /** FHIR has no two-week-wait priority: it is 'urgent' here and told apart by the extension. */
  priority: v.picklist(['routine', 'urgent']),
  extension: v.optional(v.array(Extension)),
  category: v.optional(v.array(CodeableConcept)),
  /** The specialty, e.g. Dermatology. */
  code: CodeableConcept,
  subject: v.object({ display: v.optional(v.string()), identifier: v.optional(Identifier) }),
  requester: Reference,
  authoredOn: Instant,
  /** `end` is when the referral expires if it is not booked. */
  occurrencePeriod: v.object({ start: Instant, end: Instant }),
});
export type ServiceRequest = v.InferOutput<typeof ServiceRequestSchema>;

export const ScheduleSchema = v.object({
  resourceType: v.literal('Schedule'),
  id: FhirIdSchema,
  active: v.boolean(),
  actor: v.array(Reference),
  serviceType: v.optional(v.array(CodeableConcept)),
  planningHorizon: v.optional(v.object({ start: Instant, end: Instant })),
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** The version a write names in If-Match (FHIR's meta.versionId), so a slot is never taken twice. */
const Meta = v.object({ versionId: v.optional(v.string()), lastUpdated: v.optional(v.string()) });

/**
 * Slots and Appointments keep every field the server sent (loose objects): the app
 * sends them back whole when it updates them (PUT), so nothing is lost on the way.
 */
export const SlotSchema = v.looseObject({
  resourceType: v.literal('Slot'),
  meta: v.optional(Meta),
  id: FhirIdSchema,
  schedule: Reference,
  status: v.picklist(['free', 'busy']),
  start: Instant,
  end: Instant,
  serviceType: v.optional(v.array(CodeableConcept)),
});
export type Slot = v.InferOutput<typeof SlotSchema>;

export const AppointmentSchema = v.looseObject({
  resourceType: v.literal('Appointment'),
  id: FhirIdSchema,
  meta: v.optional(Meta),
  status: v.picklist(['booked', 'cancelled']),
  /** The booking reference, when the backend assigns one (bookingReferenceOf); a FHIR server may assign none. */
  identifier: v.array(Identifier),
  start: Instant,
  end: Instant,
  slot: v.array(Reference),
  basedOn: v.optional(v.array(Reference)),
  serviceType: v.optional(v.array(CodeableConcept)),
  participant: v.array(v.looseObject({ actor: v.optional(v.looseObject({ reference: v.optional(v.string()), display: v.optional(v.string()) })), status: v.string() })),
  cancelationReason: v.optional(CodeableConcept),
  /** What a practice appointment is for, in the patient's words. */
  reasonCode: v.optional(v.array(CodeableConcept)),
  /** Optional in R4, and never read: a FHIR server that does not set it is still understood. */
  created: v.optional(Instant),
});
export type Appointment = v.InferOutput<typeof AppointmentSchema>;

export const contactModeCoding = (mode: ContactMode) => [{ coding: [{ system: CONTACT_MODE_SYSTEM, code: mode }] }];

/** A FHIR searchset Bundle of one resource type. */
export const bundleOf = <T extends v.GenericSchema>(resource: T) =>
  v.object({
    resourceType: v.literal('Bundle'),
    type: v.literal('searchset'),
    total: v.number(),
    entry: v.optional(v.array(v.object({ resource }))),
  });
