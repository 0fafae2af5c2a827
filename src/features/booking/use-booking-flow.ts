import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  dataNeeded,
  sessionOf,
  type AppointmentRequest,
  type BookingEvent,
  type BookingState,
  type CancelReason,
} from '../../domain/booking';
import {
  bookAppointment,
  changeAppointment,
  deferReferralToProvider,
  fetchFreeSlots,
  fetchPracticeServices,
  fetchShortlist,
  findPracticeAppointment,
  problemOf,
  signInToReferral,
} from './api/booking-client';
import { CANCEL_REASON_SYSTEM } from '../../domain/booking';
import { useOnline } from '../../platform/device/online';
import { bookedThisVisit, flowOf, restartFlow, sendTo } from './booking-flow-store';

export interface PatientDetails {
  name: string;
  birthDate: string;
  phone?: string;
}

/**
 * A booking journey on the engine: the state, and the actions that call the backend.
 * Each action first asks the engine; if the engine refuses (offline, already waiting,
 * the wrong step), nothing is sent. Nothing is ever queued for later.
 */
export function useBookingFlow(key: string, start: () => BookingState) {
  const flow = flowOf(key, start);
  const state = useSyncExternalStore(
    useCallback(
      (listener: () => void) => {
        flow.listeners.add(listener);
        return () => flow.listeners.delete(listener);
      },
      [flow],
    ),
    () => flow.state,
  );
  const send = useCallback((event: BookingEvent) => sendTo(flow, event), [flow]);

  // Offline, booking actions are off; coming back, the patient carries on where they were.
  const online = useOnline();
  useEffect(() => {
    if (!online) send({ type: 'WENT_OFFLINE' });
    else if (flow.state.name === 'offline') send({ type: 'BACK_ONLINE' });
  }, [online, send, flow]);

  // Fetch what the state is waiting for: the shortlist (or practice services), or slots.
  const needed = dataNeeded(state);
  useEffect(() => {
    if (!needed) return;
    const controller = new AbortController();
    const current = flow.state;
    const session = sessionOf(current);
    const load = async () => {
      if (needed === 'shortlist' && session) {
        const services =
          session.journey === 'referral' && session.referral
            ? await fetchShortlist(session.referral.id, session.token, controller.signal)
            : await fetchPracticeServices(session.ods ?? '', controller.signal);
        send({ type: 'SHORTLIST_LOADED', services });
      } else if (needed === 'slots' && (current.name === 'choosing-slot' || current.name === 'conflict')) {
        send({ type: 'SLOTS_LOADED', slots: await fetchFreeSlots(current.service.id, session?.token, controller.signal) });
      }
    };
    load().catch((error: unknown) => {
      if (!controller.signal.aborted && navigator.onLine) send({ type: 'REQUEST_FAILED', problem: problemOf(error) });
    });
    return () => controller.abort();
  }, [needed, state, send, flow]);

  const actions = {
    send,
    restart: (next: BookingState) => restartFlow(flow, next),

    async signInToReferral(ubrn: string, secret: { password: string } | { yearOfBirth: number }) {
      if (send({ type: 'SIGN_IN', ubrn }).name !== 'signing-in') return;
      try {
        const answer = await signInToReferral({ ubrn, ...secret });
        send({ type: 'SIGNED_IN', token: answer.session.token, referral: answer.serviceRequest, appointment: answer.appointment });
      } catch (error) {
        send({ type: 'SIGN_IN_FAILED', problem: problemOf(error) });
      }
    },

    async findPracticeBooking(ods: string, reference: string, birthDate: string) {
      if (send({ type: 'SIGN_IN' }).name !== 'signing-in') return;
      try {
        const answer = await findPracticeAppointment(ods, { reference, birthDate });
        send({ type: 'SIGNED_IN', token: answer.session.token, appointment: answer.appointment, ods: answer.ods });
      } catch (error) {
        send({ type: 'SIGN_IN_FAILED', problem: problemOf(error) });
      }
    },

    /** Books the chosen slot, or moves the held booking to it. */
    async confirm(patient?: PatientDetails) {
      const before = flow.state;
      if (before.name !== 'confirming' || send({ type: 'CONFIRM' }) === before) return;
      const { session, slot, idempotencyKey, replacing } = before;
      try {
        const appointment = replacing
          ? await changeAppointment(replacing.id, { slot: [{ reference: `Slot/${slot.id}` }] }, session.token)
          : await bookAppointment(bookingRequest(slot.id, session.referral?.id, patient), idempotencyKey, session.token);
        bookedThisVisit.add(appointment.id);
        send({ type: 'BOOKED', appointment });
      } catch (error) {
        send({ type: 'REQUEST_FAILED', problem: problemOf(error) });
      }
    },

    async cancel(reason: CancelReason, text: string) {
      const before = flow.state;
      if (before.name !== 'changing' || send({ type: 'CANCEL' }) === before) return;
      try {
        const cancelled = await changeAppointment(
          before.appointment.id,
          {
            status: 'cancelled',
            cancelationReason: { coding: [{ system: CANCEL_REASON_SYSTEM, code: reason }], ...(text.trim() ? { text: text.trim() } : {}) },
          },
          before.session.token,
        );
        send({ type: 'CANCELLED', appointment: cancelled });
      } catch (error) {
        send({ type: 'REQUEST_FAILED', problem: problemOf(error) });
      }
    },

    async deferToProvider() {
      const before = flow.state;
      if (before.name !== 'no-slots' || send({ type: 'DEFER_TO_PROVIDER' }) === before) return;
      try {
        send({ type: 'DEFERRED', referral: await deferReferralToProvider(before.session.token) });
      } catch (error) {
        send({ type: 'REQUEST_FAILED', problem: problemOf(error) });
      }
    },
  };
  return { state, ...actions };
}

function bookingRequest(slotId: string, referralId: string | undefined, patient?: PatientDetails): AppointmentRequest {
  return {
    resourceType: 'Appointment',
    status: 'booked',
    slot: [{ reference: `Slot/${slotId}` }],
    ...(referralId ? { basedOn: [{ reference: `ServiceRequest/${referralId}` }] } : {}),
    ...(patient
      ? {
          contained: [
            {
              resourceType: 'Patient',
              id: 'patient',
              name: [{ text: patient.name }],
              birthDate: patient.birthDate,
              ...(patient.phone ? { telecom: [{ system: 'phone' as const, value: patient.phone }] } : {}),
            },
          ],
        }
      : {}),
  };
}

/** A fresh key for each slot the patient picks, reused if they press Confirm twice or retry. */
export const newIdempotencyKey = () => crypto.randomUUID();
