/**
 * NHS numbers: 10 digits, the last a Modulus 11 check digit.
 * Source: NHS Data Dictionary, "NHS Number"
 * https://www.datadictionary.nhs.uk/attributes/nhs_number.html
 */

/** Digits only: people type spaces and dashes ("999 123 4567", "999-123-4567"). */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** The check digit for the first nine digits, or null when no valid number can end them. */
export function nhsCheckDigit(firstNine: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Shown 3-3-4, as on NHS letters and cards: "999 123 4567". */
export function formatNhsNumber(input: string): string {
  const digits = normaliseNhsNumber(input);
  if (!/^\d{10}$/.test(digits)) return input.trim();
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
