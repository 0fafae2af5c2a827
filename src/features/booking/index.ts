/**
 * The booking feature, shared by "manage your referral" and practice appointments:
 * the one door the two journeys use (lint allows no other import across features).
 */
export { serviceOfAppointment } from './appointment-details';
export { BookedPage } from './booked-page';
export { ChoiceProblem } from './booking-notices';
export { BookingSteps, type BookingJourney } from './booking-steps';
export { CancelledPage } from './cancelled-page';
export { ChooseSlotPage } from './choose-slot-page';
export { ConfirmPage } from './confirm-page';
export { CredentialsForm, type FieldErrors } from './credentials-form';
export { useBookingJourney, type JourneyConfig } from './model/use-booking-journey';
export { bookingKey, problemText } from './problem-text';
export { appointmentWhen } from './when';
