/**
 * Query keys of the booking feature, in one factory. Everything a journey learns sits
 * under its scope, so signing out (or signing in again) forgets all of it at once, and
 * nothing is ever written to the device: booking queries are never marked to persist.
 */
export type JourneyScope = 'referral' | `practice-book:${string}` | `practice-manage:${string}`;

export const bookingKeys = {
  all: ['booking'] as const,
  journey: (scope: JourneyScope) => ['booking', scope] as const,
  /** What the backend said at sign-in, and the booking held (client memory, never fetched). */
  session: (scope: JourneyScope) => ['booking', scope, 'session'] as const,
  appointment: (scope: JourneyScope, id: string) => ['booking', scope, 'appointment', id] as const,
  /** Every shortlist and every list of free slots a journey has read: what it was offered. */
  offers: (scope: JourneyScope) => [['booking', scope, 'shortlist'], ['booking', scope, 'slots']] as const,
  shortlist: (scope: JourneyScope, referralId: string) => ['booking', scope, 'shortlist', referralId] as const,
  slots: (scope: JourneyScope, serviceId: string) => ['booking', scope, 'slots', serviceId] as const,
  /** A practice's kinds of appointment are public: the same for anyone booking there. */
  practiceServices: (ods: string) => ['booking', 'practice', ods, 'services'] as const,
};

/**
 * Bookings need live slot data and are never queued: a write offline fails at once (and
 * the page never offers one offline), instead of waiting to be sent later.
 */
export const NEVER_QUEUED = { networkMode: 'always' } as const;

/** A session lasts 20 minutes on the backend; its answers need not outlive it in memory. */
export const SESSION_GC_TIME = 20 * 60_000;
