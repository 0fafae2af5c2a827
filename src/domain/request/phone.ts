/**
 * UK phone numbers as people write them: "07700 900123", "+44 7700 900123",
 * "+44 (0)20 7946 0000", "0044 1632 960001". Stored in national form, digits only.
 * Ofcom numbering: UK numbers are 0 then 9 or 10 digits; mobiles start 07 (not 070, 076
 * pagers aside, which we allow: the practice can still call them).
 */
export function normaliseUkPhone(input: string): string | null {
  let text = input.trim().replace(/[\s\-().]/g, '');
  if (text.startsWith('+44')) text = `0${text.slice(3)}`;
  else if (text.startsWith('0044')) text = `0${text.slice(4)}`;
  text = text.replace(/^00/, '0'); // "+44 (0)20" became "0020"
  // 01 numbers may have 9 or 10 digits after the 0 (a few areas are shorter); the rest have 10.
  if (!/^(01\d{8,9}|0[2-9]\d{9})$/.test(text)) return null;
  return text;
}

export function isValidUkPhone(input: string): boolean {
  return normaliseUkPhone(input) !== null;
}

/** Mobiles can take a text message. */
export function isUkMobile(input: string): boolean {
  const national = normaliseUkPhone(input);
  return national !== null && /^07\d{9}$/.test(national);
}
