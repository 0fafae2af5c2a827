import type { BookingStep, ScreenState } from './booking-states';
import { groupSlotsByLondonDay } from './slot-days';

/**
 * How the page of a step looks (medplum foomedical's named screen states): loading while
 * the backend has not answered, empty when it answered with nothing to offer, error when
 * it refused or could not be reached, done when there is something to show.
 */
export function screenStateOf(step: BookingStep, now: Date): ScreenState {
  switch (step.name) {
    case 'loading':
      return 'loading';
    case 'error':
    case 'locked':
      return 'error';
    case 'no-slots':
      return 'empty';
    case 'choosing-service':
      if (step.services === null) return 'loading';
      return step.services.length === 0 ? 'empty' : 'done';
    case 'choosing-slot':
    case 'conflict':
      if (step.slots === null) return 'loading';
      return groupSlotsByLondonDay(step.slots, now).length === 0 ? 'empty' : 'done';
    default:
      return 'done';
  }
}
