/**
 * The booking reference on an NHS referral letter: the UBRN, 12 digits. Letters print it
 * in groups of four, so spaces (and the odd hyphen copied from an email) are accepted;
 * anything else is refused with a message key the page translates.
 */
export type UbrnError =
  | 'booking:ubrn.errors.required'
  | 'booking:ubrn.errors.notDigits'
  | 'booking:ubrn.errors.tooShort'
  | 'booking:ubrn.errors.tooLong';

export type UbrnResult = { ok: true; ubrn: string } | { ok: false; error: UbrnError };

export function parseUbrn(input: string): UbrnResult {
  const squashed = input.replace(/[\s-]/g, '');
  if (squashed === '') return { ok: false, error: 'booking:ubrn.errors.required' };
  if (!/^\d+$/.test(squashed)) return { ok: false, error: 'booking:ubrn.errors.notDigits' };
  if (squashed.length < 12) return { ok: false, error: 'booking:ubrn.errors.tooShort' };
  if (squashed.length > 12) return { ok: false, error: 'booking:ubrn.errors.tooLong' };
  return { ok: true, ubrn: squashed };
}

/** "123456789012" → "1234 5678 9012", as printed on the letter. */
export function formatUbrn(ubrn: string): string {
  return ubrn.replace(/(\d{4})(?=\d)/g, '$1 ');
}
