import { CONTACT_MODE_SYSTEM, EXTENSION, UBRN_SYSTEM } from './fhir-systems';
import type { Appointment, ContactMode, HealthcareService, ReferralPriority, ServiceRequest, Slot } from './fhir-schemas';
import type { CalendarEvent } from './ics';

/**
 * Plain readings of the FHIR resources for pages, so no page digs through extensions
 * and contained resources itself.
 */
export interface ServiceSummary {
  id: string;
  name: string;
  provider?: string;
  addressLines: string[];
  distanceMiles?: number;
  typicalWaitWeeks?: number;
  accessNotes?: string;
  nextFreeSlot?: string;
  contactMode?: ContactMode;
}

export function describeService(service: HealthcareService): ServiceSummary {
  const extension = (url: string) => service.extension?.find((e) => e.url === url);
  const location = service.contained?.find((c) => c.resourceType === 'Location');
  const address = location?.address;
  return {
    id: service.id,
    name: service.name,
    provider: service.providedBy?.display,
    addressLines: address ? [...address.line, address.city ?? '', address.postalCode ?? ''].filter(Boolean) : [],
    distanceMiles: extension(EXTENSION.distanceMiles)?.valueDecimal,
    typicalWaitWeeks: extension(EXTENSION.typicalWaitWeeks)?.valueDuration?.value,
    accessNotes: service.extraDetails,
    nextFreeSlot: extension(EXTENSION.nextFreeSlot)?.valueDateTime,
    contactMode: contactModeOf(service.type),
  };
}

export function contactModeOf(concepts: { coding?: { system?: string; code: string }[] }[] | undefined): ContactMode | undefined {
  const code = concepts?.flatMap((c) => c.coding ?? []).find((c) => c.system === CONTACT_MODE_SYSTEM)?.code;
  return code === 'phone' || code === 'video' || code === 'face-to-face' ? code : undefined;
}

export const slotContactMode = (slot: Slot) => contactModeOf(slot.serviceType);

export const referralUbrn = (referral: ServiceRequest) =>
  referral.identifier.find((id) => id.system === UBRN_SYSTEM)?.value ?? '';

/** routine, urgent, or two-week wait (an urgent suspected-cancer referral, which has its own wording). */
export function referralPriority(referral: ServiceRequest): ReferralPriority {
  const code = referral.extension?.find((e) => e.url === EXTENSION.referralPriority)?.valueCode;
  return code === 'two-week-wait' ? 'two-week-wait' : referral.priority;
}

export const referralExpired = (referral: ServiceRequest, now: Date) => Date.parse(referral.occurrencePeriod.end) <= now.getTime();

/**
 * The patient's calendar entry for a booking. The words (including the booking
 * reference) come from the page, already translated.
 */
export function calendarEventFor(
  appointment: Appointment,
  words: { summary: string; location?: string; description?: string },
  now: Date,
): CalendarEvent {
  return {
    uid: `${appointment.id}@front-door`,
    start: new Date(appointment.start),
    end: new Date(appointment.end),
    stampedAt: now,
    cancelled: appointment.status === 'cancelled',
    ...words,
  };
}
