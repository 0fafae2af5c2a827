import { LIMITS } from './request-types';

/**
 * Checks on single fields, shared by the app's pages and the backend's schema, so both
 * say no to the same things. Names accept every alphabet, spaces, hyphens, apostrophes
 * and full stops (GOV.UK "Names" pattern: https://design-system.service.gov.uk/patterns/names/).
 */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u;

export function nameProblem(input: string): 'required' | 'tooLong' | 'characters' | null {
  const name = input.trim();
  if (name === '') return 'required';
  if ([...name].length > LIMITS.name) return 'tooLong';
  if (!NAME.test(name)) return 'characters';
  return null;
}

/** Simple on purpose: a real address has one @ and a dot in its domain; the rest is the mail server's job. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(input: string): boolean {
  const email = input.trim();
  return email.length <= LIMITS.email && EMAIL.test(email);
}

/** Characters as people count them (an emoji is one), as the live count shows. */
export function characterCount(text: string): number {
  return [...text].length;
}

export function isWithinLimit(text: string, limit: number): boolean {
  return characterCount(text) <= limit;
}
