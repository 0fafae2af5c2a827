/**
 * Where sign-in sends staff afterwards: back to the practice-area page they asked for,
 * never anywhere else (a `next` pointing off the practice area is ignored).
 */
export const SIGN_IN_PATH = '/practice';
export const INBOX_PATH = '/practice/inbox';

export type SignInReason = 'expired' | 'signed-out';

export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/practice/') || next.startsWith('//') || /[\\\s]/.test(next)) return INBOX_PATH;
  return next;
}

export function signInHref(next: string, reason?: SignInReason): string {
  const query = new URLSearchParams({ next });
  if (reason) query.set('reason', reason);
  return `${SIGN_IN_PATH}?${query.toString()}`;
}
