import { BOOKING_REFERENCE_SYSTEM, EXTENSION, UBRN_SYSTEM, type Appointment, type HealthcareService, type ServiceRequest, type Slot } from '../../../src/domain/booking';

/** Small FHIR resources for the engine's tests. Fictional throughout. */
export const referral: ServiceRequest = {
  resourceType: 'ServiceRequest',
  id: 'referral-1',
  identifier: [{ system: UBRN_SYSTEM, value: '100000000001' }],
  status: 'active',
  intent: 'order',
  priority: 'routine',
  code: { text: 'Dermatology' },
  subject: { display: 'Jo Sample' },
  requester: { display: 'Riverside Medical Practice' },
  authoredOn: '2026-03-01T09:00:00.000Z',
  occurrencePeriod: { start: '2026-03-01T09:00:00.000Z', end: '2026-08-01T09:00:00.000Z' },
};

export const service = (id: string, nextFree?: string): HealthcareService => ({
  resourceType: 'HealthcareService',
  id,
  active: true,
  name: `Clinic ${id}`,
  extension: nextFree ? [{ url: EXTENSION.nextFreeSlot, valueDateTime: nextFree }] : [],
});

export const slot = (id: string, start: string, minutes = 30, status: 'free' | 'busy' = 'free'): Slot => ({
  resourceType: 'Slot',
  id,
  schedule: { reference: 'Schedule/schedule-a' },
  status,
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

export const appointment = (status: 'booked' | 'cancelled' = 'booked'): Appointment => ({
  resourceType: 'Appointment',
  id: 'appointment-1',
  status,
  identifier: [{ system: BOOKING_REFERENCE_SYSTEM, value: 'HB7K2M9P' }],
  start: '2026-03-30T08:00:00.000Z',
  end: '2026-03-30T08:40:00.000Z',
  slot: [{ reference: 'Slot/a-1' }],
  participant: [{ actor: { display: 'Clinic a' }, status: 'accepted' }],
  created: '2026-03-25T10:00:00.000Z',
});
