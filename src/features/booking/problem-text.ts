import type { TFunction } from 'i18next';
import type { BookingProblem, Journey } from '../../domain/booking';

/** The patient's words for a problem the backend reported. */
export function problemText(t: TFunction<'booking'>, problem: BookingProblem, journey: Journey): string {
  if (problem.issue === 'wrong-details' && journey === 'practice') return t('problems.wrong-details-practice');
  return t(`problems.${problem.issue}`);
}

/** The engine's checks name their messages with the namespace ("booking:ubrn.errors…"); pages translate in `booking`. */
export const bookingKey = <K extends string>(key: `booking:${K}`): K => key.slice('booking:'.length) as K;
