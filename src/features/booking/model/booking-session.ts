import { skipToken, useQuery, type QueryClient } from '@tanstack/react-query';
import type { BookingSession } from '../../../domain/booking';
import { bookingKeys, SESSION_GC_TIME, type JourneyScope } from '../api/booking-keys';

/**
 * The session lives in the query cache beside the answers it unlocks, in memory only:
 * moving to another page and back keeps the booking on screen (offline too), while a
 * reload or closing the tab forgets it, so nothing about a patient's referral or
 * appointment is written to the device. The backend still has the booking: signing in
 * again shows it.
 */
export function useBookingSession(scope: JourneyScope, start?: BookingSession): BookingSession | undefined {
  const { data } = useQuery<BookingSession>({ queryKey: bookingKeys.session(scope), queryFn: skipToken, staleTime: Infinity, gcTime: SESSION_GC_TIME });
  return data ?? start;
}

/** Records what a write taught the app about the session (the booking held, the referral's status). */
export function saveSession(queryClient: QueryClient, scope: JourneyScope, start: BookingSession | undefined, change: Partial<BookingSession>) {
  queryClient.setQueryData<BookingSession>(bookingKeys.session(scope), (now) => {
    const base = now ?? start;
    return base ? { ...base, ...change } : undefined;
  });
}

/** Forgets everything the journey learnt (signing out), or all but the session (a new sign-in replaces it). */
export function forgetJourney(queryClient: QueryClient, scope: JourneyScope, { keepSession = false } = {}) {
  queryClient.removeQueries({ queryKey: bookingKeys.journey(scope), predicate: (query) => !(keepSession && query.queryKey[2] === 'session') });
}

/** A new sign-in: the session and the booking it holds, and nothing left from before. */
export function startSession(queryClient: QueryClient, scope: JourneyScope, session: BookingSession) {
  forgetJourney(queryClient, scope, { keepSession: true });
  queryClient.setQueryData<BookingSession>(bookingKeys.session(scope), session);
}
