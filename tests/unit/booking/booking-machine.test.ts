import { describe, expect, it } from 'vitest';
import { bookingScreen, bookingStep, screenStateOf, type BookingFacts, type HealthcareService } from '../../../src/domain/booking';
import { appointment, referral, service, slot } from './fixtures';

const NOW = new Date('2026-03-25T10:00:00Z');
const shortlist = [service('a', '2026-03-30T08:00:00.000Z'), service('b')];
const slots = [slot('a-1', '2026-03-30T08:00:00.000Z'), slot('a-2', '2026-03-30T09:00:00.000Z', 30, 'busy'), slot('a-3', '2026-03-31T08:00:00.000Z')];
const byId = (value: string, services: readonly HealthcareService[]) => services.find((s) => s.id === value);

/** What is known once a referral patient has signed in and the shortlist has come. */
function facts(change: Partial<BookingFacts> = {}): BookingFacts {
  return {
    journey: 'referral',
    session: { journey: 'referral', token: 't', referral },
    signIn: { status: 'idle' },
    choice: {},
    serviceFor: byId,
    services: { status: 'done', data: shortlist },
    book: { status: 'idle' },
    update: { status: 'idle' },
    defer: { status: 'idle' },
    online: true,
    now: NOW,
    ...change,
  };
}
const atSlots = (change: Partial<BookingFacts> = {}) => facts({ choice: { service: 'a' }, slots: { status: 'done', data: slots }, ...change });
const atConfirm = (change: Partial<BookingFacts> = {}) => atSlots({ choice: { service: 'a', slot: 'a-1' }, ...change });
const holding = (change: Partial<BookingFacts> = {}) =>
  facts({ session: { journey: 'referral', token: 't', referral, appointmentId: 'appointment-1', bookedHere: true }, held: { status: 'done', data: appointment() }, ...change });

describe('signing in', () => {
  const signedOut = (change: Partial<BookingFacts>) => bookingStep(facts({ session: undefined, services: undefined, ...change }));

  it('asks for the details, says when they are on their way, and says what was wrong', () => {
    expect(signedOut({})).toEqual({ name: 'signed-out', signingIn: false });
    expect(signedOut({ signIn: { status: 'sending', about: null } })).toMatchObject({ name: 'signed-out', signingIn: true });
    expect(signedOut({ signIn: { status: 'failed', about: null, problem: { issue: 'wrong-details', attemptsLeft: 2 } } })).toMatchObject({
      name: 'signed-out',
      problem: { issue: 'wrong-details', attemptsLeft: 2 },
    });
    expect(signedOut({ signIn: { status: 'failed', about: null, problem: { issue: 'year-of-birth-required' } } })).toMatchObject({ problem: { issue: 'year-of-birth-required' } });
  });

  it('locks until the given time, then offers the sign-in again', () => {
    const locked = { signIn: { status: 'failed', about: null, problem: { issue: 'locked', unlocksAt: '2026-03-25T10:30:00.000Z' } } } as const;
    expect(signedOut(locked)).toEqual({ name: 'locked', unlocksAt: '2026-03-25T10:30:00.000Z' });
    expect(signedOut({ ...locked, now: new Date('2026-03-25T10:30:00Z') })).toEqual({ name: 'signed-out', signingIn: false });
  });

  it('goes straight to the booking, the cancelled booking or the slot issue the referral already has', () => {
    expect(bookingStep(holding({ session: { journey: 'referral', referral, appointmentId: 'appointment-1' } }))).toMatchObject({ name: 'booked', bookedHere: false });
    expect(bookingStep(holding({ held: { status: 'done', data: appointment('cancelled') } })).name).toBe('cancelled');
    expect(bookingStep(facts({ session: { journey: 'referral', referral: { ...referral, status: 'on-hold' } }, services: undefined }))).toEqual({
      name: 'no-slots',
      deferring: false,
      deferred: true,
    });
  });

  it('sends an ended session back to the sign-in, whatever was on screen', () => {
    const expired = { issue: 'session-expired' } as const;
    expect(bookingStep(facts({ services: { status: 'failed', problem: expired } }))).toMatchObject({ name: 'signed-out', problem: expired });
    expect(bookingStep(atConfirm({ book: { status: 'failed', about: { slot: slots[0]! }, problem: expired } }))).toMatchObject({ name: 'signed-out', problem: expired });
  });
});

describe('booking: services, then slots, then confirm', () => {
  it('walks choosing-service → choosing-slot → confirming → booked, each from what is known', () => {
    expect(bookingStep(facts({ services: { status: 'loading' } }))).toMatchObject({ name: 'choosing-service', services: null });
    expect(bookingStep(facts())).toMatchObject({ name: 'choosing-service', services: shortlist, unknownService: false });
    expect(bookingStep(atSlots({ slots: { status: 'loading' } }))).toMatchObject({ name: 'choosing-slot', slots: null, service: { id: 'a' } });
    expect(bookingStep(atSlots())).toMatchObject({ name: 'choosing-slot', slots, unknownSlot: false });
    expect(bookingStep(atConfirm())).toMatchObject({ name: 'confirming', slot: { id: 'a-1' }, submitting: false });
    expect(bookingStep(atConfirm({ book: { status: 'sending', about: { slot: slots[0]! } } }))).toMatchObject({ name: 'confirming', submitting: true });
  });

  it('says when the URL names a service not offered, or a slot that is busy, gone or made up', () => {
    expect(bookingStep(facts({ choice: { service: 'zzz' } }))).toMatchObject({ name: 'choosing-service', unknownService: true });
    for (const slotId of ['a-2', 'nope', 'a-1-20991231']) {
      expect(bookingStep(atSlots({ choice: { service: 'a', slot: slotId } }))).toMatchObject({ name: 'choosing-slot', unknownSlot: true });
    }
    expect(bookingStep(atConfirm({ now: new Date('2026-03-30T08:30:00Z') }))).toMatchObject({ name: 'choosing-slot', unknownSlot: true });
  });

  it('turns a slot taken meanwhile into a conflict naming it, with the fresh list, and books another from there', () => {
    const taken = { status: 'failed', about: { slot: slots[0]! }, problem: { issue: 'slot-taken' } } as const;
    expect(bookingStep(atConfirm({ book: taken, slots: { status: 'loading' } }))).toMatchObject({ name: 'conflict', takenSlot: { id: 'a-1' }, slots: null });
    const fresh = [slots[2]!];
    expect(bookingStep(atConfirm({ book: taken, slots: { status: 'done', data: fresh } }))).toMatchObject({ name: 'conflict', slots: fresh });
    expect(bookingStep(atConfirm({ book: taken, slots: { status: 'done', data: fresh }, choice: { service: 'a', slot: 'a-3' } }))).toMatchObject({
      name: 'confirming',
      slot: { id: 'a-3' },
    });
  });

  it('shows a refusal it cannot put right as a problem page, and one the patient can fix on the confirm page', () => {
    const refused = (issue: 'slot-unknown' | 'patient-not-registered') => atConfirm({ book: { status: 'failed', about: { slot: slots[0]! }, problem: { issue } } });
    expect(bookingStep(refused('slot-unknown'))).toEqual({ name: 'error', problem: { issue: 'slot-unknown' }, retry: 'book' });
    expect(bookingStep(refused('patient-not-registered'))).toMatchObject({ name: 'confirming', submitting: false, problem: { issue: 'patient-not-registered' } });
    expect(bookingStep(facts({ services: { status: 'failed', problem: { issue: 'unknown' } } }))).toMatchObject({ name: 'error', retry: 'services' });
    expect(bookingStep(atSlots({ slots: { status: 'failed', problem: { issue: 'slot-not-offered' } } }))).toMatchObject({ name: 'error', retry: 'slots' });
  });

  it('takes the slot-issue path when nothing on the shortlist is free, and defers once', () => {
    const none = facts({ services: { status: 'done', data: [service('a'), service('b')] } });
    expect(bookingStep(none)).toEqual({ name: 'no-slots', deferring: false, deferred: false });
    expect(bookingStep({ ...none, defer: { status: 'sending', about: null } })).toMatchObject({ deferring: true });
    expect(bookingStep({ ...none, defer: { status: 'failed', about: null, problem: { issue: 'slots-available' } } })).toMatchObject({ name: 'error', retry: 'defer' });
  });
});

describe('the booking held: see, change, cancel', () => {
  it('shows it, and the change-or-cancel page when the URL asks', () => {
    expect(bookingStep(holding())).toEqual({ name: 'booked', appointment: appointment(), bookedHere: true });
    expect(bookingStep(holding({ choice: { service: 'a', slot: 'a-1' } })).name).toBe('booked'); // Back after booking
    expect(bookingStep(holding({ choice: { step: 'change' } }))).toMatchObject({ name: 'changing', cancelling: false });
    expect(bookingStep(holding({ held: { status: 'loading' } }))).toEqual({ name: 'loading' });
  });

  it('chooses a new time while still holding the booking, and never drops into the slot issue', () => {
    const newTime = holding({ choice: { step: 'new-time' }, services: { status: 'done', data: [service('a')] } });
    expect(bookingStep(newTime)).toMatchObject({ name: 'choosing-service', replacing: { id: 'appointment-1' } });
    const moving = holding({ choice: { step: 'new-time', service: 'a', slot: 'a-3' }, slots: { status: 'done', data: slots } });
    expect(bookingStep(moving)).toMatchObject({ name: 'confirming', replacing: { id: 'appointment-1' }, slot: { id: 'a-3' } });
    expect(bookingStep({ ...moving, update: { status: 'sending', about: { kind: 'move', slot: slots[2]! } } })).toMatchObject({ name: 'confirming', submitting: true });
    const moved = { ...appointment(), slot: [{ reference: 'Slot/a-3' }] };
    expect(bookingStep({ ...moving, held: { status: 'done', data: moved } }).name).toBe('booked');
  });

  it('cancels from the change page, and shows the cancellation', () => {
    const cancelling = holding({ choice: { step: 'change' }, update: { status: 'sending', about: { kind: 'cancel' } } });
    expect(bookingStep(cancelling)).toMatchObject({ name: 'changing', cancelling: true });
    expect(bookingStep({ ...cancelling, update: { status: 'failed', about: { kind: 'cancel' }, problem: { issue: 'unknown' } } })).toMatchObject({ name: 'error', retry: 'update' });
    expect(bookingStep(holding({ held: { status: 'done', data: appointment('cancelled') }, choice: { step: 'change' } })).name).toBe('cancelled');
  });
});

describe('offline and waiting', () => {
  it('offline: actions are off, the booking held stays on screen, and the step is unchanged', () => {
    const offline = bookingScreen(holding({ online: false }));
    expect(offline).toMatchObject({ offline: true, actionsOff: true, held: { id: 'appointment-1' }, step: { name: 'booked' } });
    expect(bookingScreen(atConfirm({ online: false }))).toMatchObject({ offline: true, actionsOff: true, held: undefined, step: { name: 'confirming' } });
  });

  it('while a request is on its way, nothing else can be sent', () => {
    expect(bookingScreen(atConfirm()).actionsOff).toBe(false);
    expect(bookingScreen(atConfirm({ book: { status: 'sending', about: { slot: slots[0]! } } })).actionsOff).toBe(true);
    expect(bookingScreen(facts({ session: undefined, signIn: { status: 'sending', about: null } })).actionsOff).toBe(true);
  });
});

describe('practice appointments on the same engine', () => {
  const practice = (change: Partial<BookingFacts> = {}) =>
    facts({
      journey: 'practice',
      session: { journey: 'practice', ods: 'Y99001' },
      services: { status: 'done', data: [service('Y99001-phone', '2026-03-26T08:30:00.000Z')] },
      serviceFor: (value, services) => services.find((s) => s.id === `Y99001-${value}`),
      ...change,
    });

  it('books without signing in, and a practice it does not know gets its own problem', () => {
    expect(bookingStep(practice())).toMatchObject({ name: 'choosing-service' });
    expect(bookingStep(practice({ choice: { service: 'phone' } }))).toMatchObject({ name: 'choosing-slot', service: { id: 'Y99001-phone' } });
    expect(bookingStep(practice({ services: { status: 'failed', problem: { issue: 'practice-unknown' } } }))).toMatchObject({ name: 'error', problem: { issue: 'practice-unknown' } });
  });

  it('with nothing free, says so (no deferral to a provider)', () => {
    expect(bookingStep(practice({ services: { status: 'done', data: [service('Y99001-phone')] } }))).toMatchObject({ name: 'no-slots', deferred: false });
  });
});

describe('screen states', () => {
  it('names each page loading, empty, error or done', () => {
    expect(screenStateOf(bookingStep(facts({ services: { status: 'loading' } })), NOW)).toBe('loading');
    expect(screenStateOf(bookingStep(facts({ services: { status: 'done', data: [] } })), NOW)).toBe('empty');
    expect(screenStateOf(bookingStep(facts()), NOW)).toBe('done');
    expect(screenStateOf(bookingStep(atSlots({ slots: { status: 'loading' } })), NOW)).toBe('loading');
    expect(screenStateOf(bookingStep(atSlots({ slots: { status: 'done', data: [slots[1]!] } })), NOW)).toBe('empty'); // only a busy one
    expect(screenStateOf(bookingStep(atSlots()), NOW)).toBe('done');
    expect(screenStateOf(bookingStep(atSlots({ slots: { status: 'failed', problem: { issue: 'unknown' } } })), NOW)).toBe('error');
    expect(screenStateOf(bookingStep(holding()), NOW)).toBe('done');
  });
});
