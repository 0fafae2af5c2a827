import { describe, expect, it } from 'vitest';
import {
  canTakeBookingActions,
  dataNeeded,
  heldAppointment,
  isWaiting,
  slotDaysOf,
  startPracticeBooking,
  startPracticeManage,
  startReferralBooking,
  transition,
  type BookingEvent,
  type BookingState,
} from '../../../src/domain/booking';
import { appointment, referral, service, slot } from './fixtures';

const run = (state: BookingState, ...events: BookingEvent[]) => events.reduce(transition, state);
const shortlist = [service('a', '2026-03-30T08:00:00.000Z'), service('b')];
const slots = [slot('a-1', '2026-03-30T08:00:00.000Z'), slot('a-2', '2026-03-30T09:00:00.000Z', 30, 'busy')];

const signedIn = () => run(startReferralBooking(), { type: 'SIGN_IN', ubrn: '1000 0000 0001' }, { type: 'SIGNED_IN', token: 't', referral });
const atSlots = () => run(signedIn(), { type: 'SHORTLIST_LOADED', services: shortlist }, { type: 'CHOOSE_SERVICE' }, { type: 'SERVICE_CHOSEN', serviceId: 'a' }, { type: 'SLOTS_LOADED', slots });
const atConfirm = () => run(atSlots(), { type: 'SLOT_CHOSEN', slotId: 'a-1', idempotencyKey: 'key-1' });
const booked = () => run(atConfirm(), { type: 'CONFIRM' }, { type: 'BOOKED', appointment: appointment() });

describe('signing in', () => {
  it('checks the UBRN before sending anything', () => {
    expect(run(startReferralBooking(), { type: 'SIGN_IN', ubrn: '1000 0000 000A' })).toMatchObject({ name: 'signed-out', inputError: 'booking:ubrn.errors.notDigits' });
    expect(run(startReferralBooking(), { type: 'SIGN_IN', ubrn: '10000000000' })).toMatchObject({ name: 'signed-out', inputError: 'booking:ubrn.errors.tooShort' });
    expect(run(startReferralBooking(), { type: 'SIGN_IN', ubrn: '1000 0000 0001' }).name).toBe('signing-in');
  });

  it('says how many tries are left, then locks until the given time', () => {
    const signingIn = run(startReferralBooking(), { type: 'SIGN_IN', ubrn: '100000000001' });
    expect(transition(signingIn, { type: 'SIGN_IN_FAILED', problem: { issue: 'wrong-details', attemptsLeft: 2 } })).toMatchObject({
      name: 'signed-out',
      problem: { attemptsLeft: 2 },
    });
    const locked = transition(signingIn, { type: 'SIGN_IN_FAILED', problem: { issue: 'locked', unlocksAt: '2026-03-25T10:30:00.000Z' } });
    expect(locked).toEqual({ name: 'locked', journey: 'referral', unlocksAt: '2026-03-25T10:30:00.000Z' });
    expect(transition(locked, { type: 'UNLOCK_DUE', now: new Date('2026-03-25T10:29:00Z') })).toBe(locked);
    expect(transition(locked, { type: 'UNLOCK_DUE', now: new Date('2026-03-25T10:30:00Z') }).name).toBe('signed-out');
    expect(transition(locked, { type: 'SIGN_IN', ubrn: '100000000001' })).toBe(locked);
  });

  it('tells an expired referral apart', () => {
    const signingIn = run(startReferralBooking(), { type: 'SIGN_IN' });
    expect(transition(signingIn, { type: 'REQUEST_FAILED', problem: { issue: 'referral-expired' } })).toMatchObject({ name: 'signed-out', problem: { issue: 'referral-expired' } });
  });

  it('goes straight to the booking, the cancelled booking or the slot issue the referral already has', () => {
    const start = run(startReferralBooking(), { type: 'SIGN_IN' });
    expect(transition(start, { type: 'SIGNED_IN', token: 't', referral, appointment: appointment() }).name).toBe('booked');
    expect(transition(start, { type: 'SIGNED_IN', token: 't', referral, appointment: appointment('cancelled') }).name).toBe('cancelled');
    expect(transition(start, { type: 'SIGNED_IN', token: 't', referral: { ...referral, status: 'on-hold' } })).toMatchObject({ name: 'no-slots', deferred: true });
    expect(signedIn().name).toBe('referral-loaded');
  });
});

describe('booking', () => {
  it('walks referral-loaded → choosing-service → choosing-slot → confirming → booked', () => {
    const loaded = signedIn();
    expect(dataNeeded(loaded)).toBe('shortlist');
    expect(transition(loaded, { type: 'CHOOSE_SERVICE' })).toBe(loaded); // nothing to choose from yet
    const slotsPending = run(loaded, { type: 'SHORTLIST_LOADED', services: shortlist }, { type: 'CHOOSE_SERVICE' }, { type: 'SERVICE_CHOSEN', serviceId: 'a' });
    expect(slotsPending).toMatchObject({ name: 'choosing-slot', slots: null });
    expect(dataNeeded(slotsPending)).toBe('slots');
    expect(slotDaysOf(atSlots(), new Date('2026-03-25T10:00:00Z'))).toEqual([{ date: '2026-03-30', slots: [{ slot: slots[0], londonTime: '09:00' }] }]);

    expect(atConfirm()).toMatchObject({ name: 'confirming', idempotencyKey: 'key-1', submitting: false });
    const sending = transition(atConfirm(), { type: 'CONFIRM' });
    expect(isWaiting(sending)).toBe(true);
    expect(transition(sending, { type: 'CONFIRM' })).toBe(sending); // a double tap sends once
    expect(transition(sending, { type: 'BACK' })).toBe(sending);
    expect(booked()).toMatchObject({ name: 'booked', appointment: { id: 'appointment-1' } });
  });

  it('ignores unknown services, busy or unknown slots', () => {
    const choosing = run(signedIn(), { type: 'SHORTLIST_LOADED', services: shortlist }, { type: 'CHOOSE_SERVICE' });
    expect(transition(choosing, { type: 'SERVICE_CHOSEN', serviceId: 'zzz' })).toBe(choosing);
    const at = atSlots();
    expect(transition(at, { type: 'SLOT_CHOSEN', slotId: 'a-2', idempotencyKey: 'k' })).toBe(at);
    expect(transition(at, { type: 'SLOT_CHOSEN', slotId: 'nope', idempotencyKey: 'k' })).toBe(at);
  });

  it('goes back one step at a time', () => {
    expect(transition(atConfirm(), { type: 'BACK' }).name).toBe('choosing-slot');
    expect(transition(atSlots(), { type: 'BACK' }).name).toBe('choosing-service');
    expect(run(atSlots(), { type: 'BACK' }, { type: 'BACK' }).name).toBe('referral-loaded');
  });

  it('turns a slot taken meanwhile into a conflict with fresh slots to load, and books from there', () => {
    const conflict = run(atConfirm(), { type: 'CONFIRM' }, { type: 'REQUEST_FAILED', problem: { issue: 'slot-taken' } });
    expect(conflict).toMatchObject({ name: 'conflict', takenSlot: { id: 'a-1' }, slots: null });
    expect(dataNeeded(conflict)).toBe('slots');
    const fresh = [slot('a-3', '2026-03-31T08:00:00.000Z')];
    const again = run(conflict, { type: 'SLOTS_LOADED', slots: fresh }, { type: 'SLOT_CHOSEN', slotId: 'a-3', idempotencyKey: 'key-2' });
    expect(again).toMatchObject({ name: 'confirming', idempotencyKey: 'key-2' });
    expect(transition(atConfirm(), { type: 'SLOT_TAKEN' }).name).toBe('conflict');
  });

  it('takes the no-slots path when nothing on the shortlist is free, and defers once', () => {
    const noSlots = transition(signedIn(), { type: 'SHORTLIST_LOADED', services: [service('a'), service('b')] });
    expect(noSlots).toMatchObject({ name: 'no-slots', deferred: false, deferring: false });
    const deferring = transition(noSlots, { type: 'DEFER_TO_PROVIDER' });
    expect(isWaiting(deferring)).toBe(true);
    expect(transition(deferring, { type: 'DEFER_TO_PROVIDER' })).toBe(deferring);
    expect(transition(deferring, { type: 'DEFERRED', referral: { ...referral, status: 'on-hold' } })).toMatchObject({ deferred: true, session: { referral: { status: 'on-hold' } } });
  });
});

describe('changing and cancelling', () => {
  it('changes a booking while still holding it', () => {
    const changing = transition(booked(), { type: 'CHANGE' });
    expect(changing.name).toBe('changing');
    expect(transition(changing, { type: 'BACK' }).name).toBe('booked');
    const choosing = transition(changing, { type: 'CHOOSE_NEW_TIME' });
    expect(choosing).toMatchObject({ name: 'choosing-service', replacing: { id: 'appointment-1' } });
    expect(heldAppointment(choosing)?.id).toBe('appointment-1');
    // Changing never drops into the slot-issue path: the current booking stands.
    expect(transition(choosing, { type: 'SHORTLIST_LOADED', services: [service('a')] }).name).toBe('choosing-service');
    expect(transition(choosing, { type: 'BACK' }).name).toBe('booked');
  });

  it('cancels, then lets the patient book again', () => {
    const cancelling = run(booked(), { type: 'CHANGE' }, { type: 'CANCEL' });
    expect(cancelling.name).toBe('cancelling');
    const cancelled = transition(cancelling, { type: 'CANCELLED', appointment: appointment('cancelled') });
    expect(cancelled.name).toBe('cancelled');
    expect(heldAppointment(cancelled)).toBeUndefined();
    expect(transition(cancelled, { type: 'BOOK_AGAIN' })).toMatchObject({ name: 'referral-loaded', session: { services: null } });
  });
});

describe('errors, offline and signing out', () => {
  it('shows an error and resumes with nothing in flight', () => {
    const sending = transition(atConfirm(), { type: 'CONFIRM' });
    const error = transition(sending, { type: 'REQUEST_FAILED', problem: { issue: 'already-booked' } });
    expect(error).toMatchObject({ name: 'error', problem: { issue: 'already-booked' } });
    expect(transition(error, { type: 'RETRY' })).toMatchObject({ name: 'confirming', submitting: false, idempotencyKey: 'key-1' });
    expect(transition(sending, { type: 'REQUEST_FAILED', problem: { issue: 'session-expired' } })).toMatchObject({ name: 'signed-out', problem: { issue: 'session-expired' } });
  });

  it('offline: booking actions are off, the booking stays visible and nothing is queued', () => {
    const offline = transition(booked(), { type: 'WENT_OFFLINE' });
    expect(offline.name).toBe('offline');
    expect(canTakeBookingActions(offline)).toBe(false);
    expect(heldAppointment(offline)?.id).toBe('appointment-1');
    expect(transition(offline, { type: 'CHANGE' })).toBe(offline);
    expect(transition(offline, { type: 'BACK_ONLINE' }).name).toBe('booked');

    const offlineWhileSending = run(atConfirm(), { type: 'CONFIRM' }, { type: 'WENT_OFFLINE' });
    expect(transition(offlineWhileSending, { type: 'CONFIRM' })).toBe(offlineWhileSending);
    expect(transition(offlineWhileSending, { type: 'BACK_ONLINE' })).toMatchObject({ name: 'confirming', submitting: false });
    // An answer to the request already sent still counts.
    const answered = transition(offlineWhileSending, { type: 'BOOKED', appointment: appointment() });
    expect(transition(answered, { type: 'BACK_ONLINE' }).name).toBe('booked');
    const cancelOffline = run(booked(), { type: 'CHANGE' }, { type: 'CANCEL' }, { type: 'WENT_OFFLINE' });
    expect(transition(cancelOffline, { type: 'BACK_ONLINE' }).name).toBe('changing');
  });

  it('signs out from anywhere', () => {
    for (const state of [signedIn(), atSlots(), atConfirm(), booked(), transition(booked(), { type: 'WENT_OFFLINE' })]) {
      expect(transition(state, { type: 'SIGN_OUT' })).toEqual({ name: 'signed-out', journey: 'referral' });
    }
  });
});

describe('practice appointments on the same engine', () => {
  it('books a practice appointment without signing in', () => {
    const start = startPracticeBooking('Y99001');
    expect(dataNeeded(start)).toBe('shortlist');
    const phone = service('Y99001-phone', '2026-03-26T08:30:00.000Z');
    const state = run(start, { type: 'SHORTLIST_LOADED', services: [phone] }, { type: 'SERVICE_CHOSEN', serviceId: 'Y99001-phone' });
    expect(state.name).toBe('choosing-slot');
    expect(transition(run(start, { type: 'SHORTLIST_LOADED', services: [phone] }), { type: 'BACK' }).name).toBe('choosing-service');
  });

  it('finds a booking by reference and date of birth, and has no slot-issue deferral', () => {
    const found = run(startPracticeManage(), { type: 'SIGN_IN' }, { type: 'SIGNED_IN', token: 't', ods: 'Y99001', appointment: appointment() });
    expect(found).toMatchObject({ name: 'booked', session: { journey: 'practice', ods: 'Y99001' } });
    const none = transition(startPracticeBooking('Y99001'), { type: 'SHORTLIST_LOADED', services: [service('Y99001-phone')] });
    expect(none.name).toBe('no-slots');
    expect(transition(none, { type: 'DEFER_TO_PROVIDER' })).toBe(none);
    const cancelled = run(found, { type: 'CHANGE' }, { type: 'CANCEL' }, { type: 'CANCELLED', appointment: appointment('cancelled') }, { type: 'BOOK_AGAIN' });
    expect(cancelled).toMatchObject({ name: 'choosing-service', session: { services: null } });
  });
});
