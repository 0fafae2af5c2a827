/**
 * Paths of the booking API, relative to the API base URL (docs/booking-api.md), so the
 * app's fetchers and the contract document name the same places.
 */
export const bookingApi = {
  referralSignIn: 'referrals/sign-in',
  referralSlotIssue: 'referrals/slot-issue',
  shortlist: (serviceRequestId: string) => `fhir/HealthcareService?referral=${encodeURIComponent(serviceRequestId)}`,
  practiceServices: (ods: string) => `fhir/HealthcareService?organization=${encodeURIComponent(ods)}`,
  serviceSlots: (serviceId: string) => `fhir/Slot?status=free&schedule.actor=${encodeURIComponent(`HealthcareService/${serviceId}`)}`,
  practiceSlots: (ods: string, type: string) =>
    `fhir/Slot?status=free&organization=${encodeURIComponent(ods)}&service-type=${encodeURIComponent(type)}`,
  appointments: 'fhir/Appointment',
  appointment: (id: string) => `fhir/Appointment/${encodeURIComponent(id)}`,
  findPracticeAppointment: (ods: string) => `practices/${encodeURIComponent(ods)}/appointments/find`,
} as const;
