import type { BookingChoice } from './booking-states';

/**
 * The patient's choices live in the URL (`?service=…&slot=…`, or `?type=…&slot=…` for a
 * practice, and `step=change` or `step=new-time` while changing a booking): links from a
 * practice work, the browser's Back button steps back, and a slot id edited by hand is
 * checked against what was really offered before anything is sent.
 */
export type ServiceParam = 'service' | 'type';

const STEPS = ['change', 'new-time'] as const;

export function readBookingChoice(params: URLSearchParams, serviceParam: ServiceParam): BookingChoice {
  const step = params.get('step');
  const service = params.get(serviceParam)?.trim();
  const slot = params.get('slot')?.trim();
  return {
    ...(STEPS.some((s) => s === step) ? { step: step as BookingChoice['step'] } : {}),
    ...(service ? { service } : {}),
    ...(service && slot ? { slot } : {}),
  };
}

/**
 * The URL for a choice: `base` is the journey's own page (it may carry `?practice=…`), and
 * the choice's parameters follow in a fixed order so links stay short and readable.
 */
export function bookingChoiceHref(base: string, serviceParam: ServiceParam, choice: BookingChoice): string {
  const [path, query = ''] = base.split('?');
  const params = new URLSearchParams(query);
  if (choice.step) params.set('step', choice.step);
  if (choice.service) params.set(serviceParam, choice.service);
  if (choice.service && choice.slot) params.set('slot', choice.slot);
  const text = params.toString();
  return text ? `${path}?${text}` : (path ?? base);
}
