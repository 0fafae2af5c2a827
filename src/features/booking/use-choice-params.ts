import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { BookingEvent, BookingState, HealthcareService } from '../../domain/booking';
import { newIdempotencyKey } from './use-booking-flow';

export interface ChoiceParams {
  /** The search parameter naming the service: `service` (an id) or `type` (phone, video, face-to-face). */
  serviceParam: 'service' | 'type';
  /** Finds the service a parameter value names, among those offered. */
  serviceFor: (value: string, services: HealthcareService[]) => HealthcareService | undefined;
}

export interface ChoiceProblems {
  /** The URL names a service that is not on offer (a hand-edited link). */
  unknownService: boolean;
  /** The URL names a slot that is not free or not offered (hand-edited, or gone). */
  unknownSlot: boolean;
}

/**
 * The patient's choices live in the URL (`?service=…&slot=…` or `?type=…&slot=…`), so
 * links from a practice work, the browser's Back button steps back, and a slot id
 * edited by hand is checked against what was really offered before anything is sent.
 */
export function useChoiceParams(state: BookingState, send: (event: BookingEvent) => BookingState, options: ChoiceParams): ChoiceProblems {
  const [params, setParams] = useSearchParams();
  const serviceValue = params.get(options.serviceParam);
  const slotValue = params.get('slot');
  const { serviceFor } = options;

  const services = 'session' in state ? state.session.services : null;
  const wanted = serviceValue && services ? serviceFor(serviceValue, services) : undefined;

  useEffect(() => {
    switch (state.name) {
      case 'referral-loaded':
      case 'choosing-service':
        if (wanted) {
          if (state.name === 'referral-loaded') send({ type: 'CHOOSE_SERVICE' });
          send({ type: 'SERVICE_CHOSEN', serviceId: wanted.id });
        }
        return;
      case 'choosing-slot':
      case 'conflict':
        if (!serviceValue || (services && wanted?.id !== state.service.id)) {
          send({ type: 'BACK' });
        } else if (state.name === 'conflict' && slotValue === state.takenSlot.id) {
          // That time has gone: take it out of the URL so the fresh list is a clean choice.
          setParams((p) => withOut(p, 'slot'), { replace: true });
        } else if (slotValue && state.slots?.some((s) => s.id === slotValue)) {
          send({ type: 'SLOT_CHOSEN', slotId: slotValue, idempotencyKey: newIdempotencyKey() });
        }
        return;
      case 'confirming':
        if (!state.submitting && (slotValue !== state.slot.id || !serviceValue)) send({ type: 'BACK' });
        return;
      case 'booked':
      case 'cancelled':
      case 'changing':
      case 'no-slots':
        if (serviceValue || slotValue) setParams((p) => withOut(withOut(p, 'slot'), options.serviceParam), { replace: true });
        return;
      default:
        return;
    }
  }, [state, send, serviceValue, slotValue, wanted, services, setParams, options.serviceParam]);

  const choosingSlot = state.name === 'choosing-slot' || state.name === 'conflict';
  return {
    unknownService: Boolean(serviceValue && services && !wanted && (state.name === 'referral-loaded' || state.name === 'choosing-service')),
    unknownSlot: Boolean(
      choosingSlot &&
        slotValue &&
        state.slots &&
        !state.slots.some((s) => s.id === slotValue) &&
        !(state.name === 'conflict' && state.takenSlot.id === slotValue),
    ),
  };
}

function withOut(params: URLSearchParams, name: string) {
  const next = new URLSearchParams(params);
  next.delete(name);
  return next;
}
