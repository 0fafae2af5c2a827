import * as v from 'valibot';
import { isValidNhsNumber, normaliseNhsNumber } from '../request/nhs-number';
import { isValidPostcode, normalisePostcode } from '../request/postcode';
import { BOOKING_REFERENCE_SYSTEM, BOOKING_REQUEST_SYSTEM, CANCEL_REASON_SYSTEM, NHS_NUMBER_SYSTEM } from './fhir-systems';
import { FhirIdSchema } from './fhir-schemas';
import { isCalendarDate } from '../person/date-of-birth';

/**
 * Request bodies of the booking API (docs/booking-api.md), shared by the app that sends
 * them and the backend that checks them. The backend answers a body that fails these
 * with 400 and an OperationOutcome naming the field.
 */
const Ubrn = v.pipe(
  v.string(),
  v.transform((text) => text.replace(/[\s-]/g, '')),
  v.regex(/^\d{12}$/, 'a UBRN is 12 digits'),
);

/**
 * Manage Your Referral's sign-in: the booking reference and the password from the letter,
 * always, plus the year of birth where the referral asks for it. A reference and a year
 * alone are refused: there are only about 100 years to try. The NHS e-Referral Service
 * (https://digital.nhs.uk/services/e-referral-service) asks for the same three on its
 * Manage Your Referral site.
 */
export const ReferralSignInSchema = v.object({
  ubrn: Ubrn,
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  yearOfBirth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100))),
});
export type ReferralSignIn = v.InferInput<typeof ReferralSignInSchema>;

/** A calendar day; whether someone alive could have been born on it is `isBirthDate`'s, which needs the backend's clock. */
const BirthDate = v.pipe(v.string(), v.check(isCalendarDate, 'not a date'));
const BookingReference = v.pipe(
  v.string(),
  v.transform((text) => text.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(/^[A-Z0-9]{6,12}$/, 'not a booking reference'),
);

export const FindPracticeAppointmentSchema = v.object({ reference: BookingReference, birthDate: BirthDate });
export type FindPracticeAppointment = v.InferInput<typeof FindPracticeAppointmentSchema>;

const SlotReference = v.object({ reference: v.pipe(v.string(), v.startsWith('Slot/')) });

/** The practice checks the patient against its list by NHS number or, without one, by postcode. */
const NhsNumberIdentifier = v.object({
  system: v.literal(NHS_NUMBER_SYSTEM),
  value: v.pipe(v.string(), v.transform(normaliseNhsNumber), v.check(isValidNhsNumber, 'not an NHS number')),
});
const PostcodeAddress = v.object({
  postalCode: v.pipe(v.string(), v.check(isValidPostcode, 'not a postcode'), v.transform(normalisePostcode)),
});

/** Who a practice appointment is for: enough for the practice to find them on its list. */
export const BookingPatientSchema = v.pipe(
  v.object({
    resourceType: v.literal('Patient'),
    id: v.literal('patient'),
    name: v.tuple([v.object({ text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)) })]),
    birthDate: BirthDate,
    identifier: v.optional(v.tuple([NhsNumberIdentifier])),
    address: v.optional(v.tuple([PostcodeAddress])),
    telecom: v.optional(v.array(v.object({ system: v.picklist(['phone', 'email']), value: v.pipe(v.string(), v.maxLength(100)) }))),
  }),
  v.check((patient) => Boolean(patient.identifier || patient.address), 'give an NHS number or a postcode'),
);
export type BookingPatient = v.InferInput<typeof BookingPatientSchema>;

/** What the appointment is for, in the patient's few words, so the practice can prepare. */
export const REASON_MAX_LENGTH = 100;
const Reason = v.object({ text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(REASON_MAX_LENGTH)) });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const Instant = v.pipe(v.string(), v.isoTimestamp());
const Participant = v.object({
  actor: v.optional(v.object({ reference: v.optional(v.pipe(v.string(), v.maxLength(200))), display: v.optional(v.pipe(v.string(), v.maxLength(200))) })),
  status: v.picklist(['accepted', 'declined', 'tentative', 'needs-action']),
});

/**
 * A new booking as the app sends it: an R4 Appointment (participants, start and end, the
 * one Slot it takes, and for a referral its ServiceRequest) carrying the app's own id for
 * this booking (BOOKING_REQUEST_SYSTEM), on which its create is conditional.
 */
export const NewAppointmentSchema = v.object({
  resourceType: v.literal('Appointment'),
  identifier: v.pipe(
    v.array(v.object({ system: v.pipe(v.string(), v.maxLength(200)), value: v.pipe(v.string(), v.maxLength(200)) })),
    v.check((ids) => ids.filter((id) => id.system === BOOKING_REQUEST_SYSTEM && UUID.test(id.value)).length === 1, 'the booking needs its own id'),
  ),
  status: v.literal('booked'),
  start: Instant,
  end: Instant,
  slot: v.pipe(v.array(SlotReference), v.length(1, 'book exactly one slot')),
  participant: v.pipe(v.array(Participant), v.minLength(1), v.maxLength(5)),
  basedOn: v.optional(v.array(v.object({ reference: v.pipe(v.string(), v.startsWith('ServiceRequest/')) }))),
  /** Who the practice appointment is for; referral bookings take the patient from the referral. */
  contained: v.optional(v.tuple([BookingPatientSchema])),
  /** Practice appointments say what they are for (required there; referrals carry their own). */
  reasonCode: v.optional(v.tuple([Reason])),
});
export type NewAppointment = v.InferInput<typeof NewAppointmentSchema>;

/** The booking's own id (BOOKING_REQUEST_SYSTEM), when it has one. */
export const bookingRequestIdOf = (appointment: { identifier?: readonly { system?: string; value?: string }[] }): string | undefined =>
  appointment.identifier?.find((id) => id.system === BOOKING_REQUEST_SYSTEM)?.value;

/**
 * The reasons a patient can give for cancelling, in their words (coded in
 * CANCEL_REASON_SYSTEM) so the service knows whether to offer another appointment.
 */
export const CANCEL_REASONS = [
  'no-longer-needed',
  'feeling-better',
  'cannot-attend',
  'booked-elsewhere',
  'booked-by-mistake',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Why it was cancelled: the only thing a cancellation may add to an Appointment. */
export const CancelationReasonSchema = v.strictObject({
  coding: v.tuple([v.strictObject({ system: v.optional(v.literal(CANCEL_REASON_SYSTEM)), code: v.picklist(CANCEL_REASONS) })]),
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const slotIdFromReference = (reference: string): string | null => {
  const id = reference.slice('Slot/'.length);
  return v.is(FhirIdSchema, id) ? id : null;
};

/**
 * The service an appointment is with: its HealthcareService participant (the patient is
 * a participant too, and comes first in a valid R4 Appointment).
 */
export const serviceParticipantOf = (appointment: { participant: readonly { actor?: { reference?: string; display?: string } }[] }) =>
  appointment.participant.find((p) => p.actor?.reference?.startsWith('HealthcareService/'))?.actor;

/**
 * What the patient quotes: the backend's booking reference or, from a FHIR server that
 * assigns none, the Appointment's own id (as a request's reference falls back to its Task's).
 */
export const bookingReferenceOf = (appointment: { id: string; identifier: { system: string; value: string }[] }): string =>
  appointment.identifier.find((id) => id.system === BOOKING_REFERENCE_SYSTEM)?.value ?? appointment.id;
