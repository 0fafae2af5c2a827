/**
 * UK phone numbers as people write them: "07700 900123", "+44 7700 900123",
 * "+44 (0)20 7946 0000", "0044 1632 960001", and with a Relay UK code in front,
 * "18001 07700 900123". Ofcom numbering: UK numbers are 0 then 9 or 10 digits; mobiles
 * start 07 (070 and 076 aside, which we allow: the practice can still call them).
 *
 * Relay UK access codes (BT's Text Relay price list, https://www.relayuk.bt.com/):
 * 18001 is dialled before a number by a textphone or Relay UK app user, 18002 by a voice
 * caller reaching a textphone user (18000 is for 999 only). A patient who writes one wants
 * to be called through Relay UK, so the number is kept exactly as typed.
 */

/** What to change in a phone number, or null when it is a UK number we can call. */
export type PhoneProblem = 'required' | 'characters' | 'notUk' | 'start' | 'tooShort' | 'tooLong' | 'relay';

const RELAY_CODES = ['18001', '18002'] as const;

/** A number without its Relay UK code, in national form (digits only), or what is wrong with it. */
function readNumber(digits: string): { national: string } | { problem: Exclude<PhoneProblem, 'required' | 'relay'> } {
  if (digits.lastIndexOf('+') > 0) return { problem: 'characters' };
  let text = digits;
  if (text.startsWith('+44')) text = `0${text.slice(3)}`;
  else if (text.startsWith('0044')) text = `0${text.slice(4)}`;
  else if (text.startsWith('+') || text.startsWith('00')) return { problem: 'notUk' };
  if (text.startsWith('00')) text = text.slice(1); // "+44 (0)20" became "0020"
  if (!text.startsWith('0')) return { problem: text.length < 9 ? 'tooShort' : 'start' };
  // 01 numbers may have 9 or 10 digits after the 0 (a few areas are shorter); the rest have 10.
  if (text.length < (text.startsWith('01') ? 10 : 11)) return { problem: 'tooShort' };
  if (text.length > 11) return { problem: 'tooLong' };
  return { national: text };
}

function read(input: string): { national: string; relay: boolean } | { problem: PhoneProblem } {
  const typed = input.trim();
  if (typed === '') return { problem: 'required' };
  if (/[^\d\s\-().+]/.test(typed)) return { problem: 'characters' };
  const digits = typed.replace(/[\s\-().]/g, '');
  if (digits.startsWith('1800')) {
    const code = RELAY_CODES.find((c) => digits.startsWith(c));
    const number = code ? readNumber(digits.slice(code.length)) : null;
    return number && 'national' in number ? { national: number.national, relay: true } : { problem: 'relay' };
  }
  const number = readNumber(digits);
  return 'national' in number ? { national: number.national, relay: false } : number;
}

export function phoneProblem(input: string): PhoneProblem | null {
  const reading = read(input);
  return 'problem' in reading ? reading.problem : null;
}

export function isValidUkPhone(input: string): boolean {
  return phoneProblem(input) === null;
}

/** A UK number (no Relay UK code) in national form, digits only; null otherwise. */
export function normaliseUkPhone(input: string): string | null {
  const reading = read(input);
  return 'national' in reading && !reading.relay ? reading.national : null;
}

/**
 * The number as the practice gets it: a Relay UK number exactly as the patient typed it
 * (the code tells staff how to call), any other in national form.
 */
export function phoneForPractice(input: string): string | null {
  const reading = read(input);
  if ('problem' in reading) return null;
  return reading.relay ? input.trim() : reading.national;
}

/** Mobiles can take a text message (through Relay UK or not, the text goes to the mobile). */
export function isUkMobile(input: string): boolean {
  const reading = read(input);
  return 'national' in reading && /^07\d{9}$/.test(reading.national);
}
