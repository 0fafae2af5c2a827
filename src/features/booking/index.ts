/**
 * The booking feature, shared by "manage your referral" and practice appointments:
 * the one door the two journeys use (lint allows no other import across features).
 */
export { bookedThisVisit } from './booking-flow-store';
export { BookingSteps, type BookingFlow } from './booking-steps';
export { BookedPage, CancelledPage, ChoiceProblem, ChooseSlotPage, ConfirmPage } from './booking-views';
export { CredentialsForm, type FieldErrors } from './credentials-form';
export { bookingKey } from './problem-text';
export { useBookingFlow } from './use-booking-flow';
export { useChoiceParams } from './use-choice-params';
export { appointmentWhen } from './when';
