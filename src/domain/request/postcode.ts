/**
 * UK postcodes, checked leniently: any case, with or without the space. We check the
 * shape only (outward code, then a digit and two letters); the practice checks the rest.
 */
const SHAPE = /^(GIR0AA|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2})$/;

/** "ex12ab" and " EX1  2AB " both become "EX1 2AB"; anything else comes back trimmed. */
export function normalisePostcode(input: string): string {
  const squashed = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!SHAPE.test(squashed)) return input.trim();
  return `${squashed.slice(0, -3)} ${squashed.slice(-3)}`;
}

export function isValidPostcode(input: string): boolean {
  return SHAPE.test(input.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}
