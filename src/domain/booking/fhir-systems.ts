/**
 * Identifier systems and extension URLs of the booking contract. The UBRN system is the
 * one NHS e-Referral Service uses; the rest belong to Front Door, so a practice system
 * that implements docs/booking-api.md knows exactly which fields to fill.
 */
export const UBRN_SYSTEM = 'https://fhir.nhs.uk/Id/UBRN';
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

const FRONT_DOOR = 'https://front-door.example/fhir';
export const BOOKING_REFERENCE_SYSTEM = `${FRONT_DOOR}/Id/booking-reference`;
/**
 * The app's own id for one booking the patient asked for (a UUID): the new Appointment
 * is a conditional create on it, so a resent booking is stored once by any FHIR server.
 */
export const BOOKING_REQUEST_SYSTEM = `${FRONT_DOOR}/Id/booking-request`;
export const CONTACT_MODE_SYSTEM = `${FRONT_DOOR}/CodeSystem/contact-mode`;
export const BOOKING_ISSUE_SYSTEM = `${FRONT_DOOR}/CodeSystem/booking-issue`;
export const REFERRAL_PRIORITY_SYSTEM = `${FRONT_DOOR}/CodeSystem/referral-priority`;
export const CANCEL_REASON_SYSTEM = `${FRONT_DOOR}/CodeSystem/cancel-reason`;

export const EXTENSION = {
  distanceMiles: `${FRONT_DOOR}/StructureDefinition/distance-from-patient`,
  typicalWaitWeeks: `${FRONT_DOOR}/StructureDefinition/typical-wait`,
  nextFreeSlot: `${FRONT_DOOR}/StructureDefinition/next-free-slot`,
  referralPriority: `${FRONT_DOOR}/StructureDefinition/referral-priority`,
  unlocksAt: `${FRONT_DOOR}/StructureDefinition/unlocks-at`,
  attemptsLeft: `${FRONT_DOOR}/StructureDefinition/attempts-left`,
} as const;
