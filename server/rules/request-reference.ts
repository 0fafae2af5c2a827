/**
 * Request references people can read out on the phone: `FD-` and six characters from
 * 32 that cannot be mixed up (no 0/O or 1/I). The n-th request of a database gets
 * `spread(n)`, a one-to-one shuffle of the 32^6 = 2^30 possible codes, so references
 * never repeat (the database sequence never goes back) and do not look sequential.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODES = 2 ** 30;
// Odd, so multiplying by it modulo 2^30 is a bijection; the offset hides n = 1, 2, 3.
const MULTIPLIER = 0x2f0f_1a5b;
const OFFSET = 104_729;

function spread(n: number): number {
  // BigInt keeps the product exact past 2^53.
  return Number((BigInt(n) * BigInt(MULTIPLIER) + BigInt(OFFSET)) % BigInt(CODES));
}

export function referenceFromNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a request number: ${n}`);
  // A billion requests later, a seventh character keeps them unique.
  let rest = Math.floor((n - 1) / CODES);
  let code = '';
  let value = spread(((n - 1) % CODES) + 1);
  for (let i = 0; i < 6; i++) {
    code += ALPHABET[value % 32];
    value = Math.floor(value / 32);
  }
  let extra = '';
  while (rest > 0) {
    extra += ALPHABET[rest % 32];
    rest = Math.floor(rest / 32);
  }
  return `FD-${code.slice(0, 3)}-${code.slice(3)}${extra}`;
}

export const REFERENCE_PATTERN = /^FD-[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3,}$/;
