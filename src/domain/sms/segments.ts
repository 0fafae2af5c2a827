/**
 * How many text messages (segments) an SMS takes, as a phone network counts them.
 *
 * A text is sent in the GSM 7-bit alphabet (3GPP TS 23.038) when every character is in
 * its basic set or its extension table; extension characters take an escape and so cost
 * two septets. Anything else sends the whole text as UCS-2 (UTF-16 code units), where an
 * emoji or other character outside the Basic Multilingual Plane is a surrogate pair and
 * costs two units. One message holds 160 septets or 70 units; a longer text is split
 * into parts of 153 septets or 67 units (the rest of each part carries the header that
 * joins them), and a two-unit character is never split across two parts.
 */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Characters as a person sees them (an emoji is one). */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** Text messages the phone network will send; 0 for an empty text. */
  segments: number;
  /** Units one message holds at this length: 160 or 153 (GSM-7), 70 or 67 (UCS-2). */
  perSegment: number;
  /** Units left before the text needs one more message. */
  remaining: number;
}

export const SMS_LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

/** The GSM 03.38 basic character set (the escape, 0x1B, is left out: it is not text). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** The GSM 03.38 extension table: each costs two septets (escape + character). */
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export function isGsm7(text: string): boolean {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return false;
  return true;
}

function unitsOf(char: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return char.length; // 2 for a surrogate pair
  return GSM_EXTENSION.has(char) ? 2 : 1;
}

/** Counts an SMS text: its encoding, its length in units and how many messages it takes. */
export function countSms(text: string): SmsCount {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const limits = SMS_LIMITS[encoding];
  const chars = [...text];
  const costs = chars.map((char) => unitsOf(char, encoding));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  if (units === 0) {
    return { encoding, characters: 0, units: 0, segments: 0, perSegment: limits.single, remaining: limits.single };
  }
  if (units <= limits.single) {
    return { encoding, characters: chars.length, units, segments: 1, perSegment: limits.single, remaining: limits.single - units };
  }
  // Fill parts in order; a character that does not fit whole starts the next part.
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, characters: chars.length, units, segments, perSegment: limits.part, remaining: limits.part - used };
}
