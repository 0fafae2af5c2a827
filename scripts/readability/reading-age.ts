import { syllable } from 'syllable';

/**
 * Reading age by the Flesch–Kincaid grade level plus five (a UK reading age: grade 4 is
 * age 9). GOV.UK and NHS content guidance ask for plain English a 9-year-old can read:
 * https://service-manual.nhs.uk/content/how-we-write
 *
 * One formula is a rough tool: it counts syllables, not meaning. It is used to find the
 * long words and long sentences, and a person still reads every change.
 */

/**
 * Words a patient meets on the service itself, on every letter and sign, and cannot be
 * replaced without losing them (the NHS service manual keeps "GP", "pharmacy" and
 * "appointment"; "booking reference" is printed on the referral letter). They are counted as if they had two syllables.
 * The names of medicines and treatments are kept too: the patient must match them to the
 * name printed on the packet (paracetamol, co-codamol) or the word their own care team
 * uses (chemotherapy), so a plainer word would lose them.
 */
export const FAMILIAR_WORDS: ReadonlySet<string> = new Set([
  'appointment', 'appointments', 'emergency', 'emergencies', 'hospital', 'medicine', 'medicines',
  'pharmacy', 'pharmacist', 'pharmacists', 'prescription', 'prescriptions', 'practice', "practice's",
  'referral', 'referrals', 'reference', 'registration', 'temperature', 'telephone', 'video', 'online', 'information',
  'paracetamol', 'co-codamol', 'chemotherapy',
]);

export interface Reading {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade + 5; NaN when there are no words. */
  age: number;
  /** The words of three or more syllables, so a writer sees what to change. */
  longWords: string[];
}

/** The words a patient reads: placeholders become a one-syllable word, markup goes. */
export function visibleText(template: string): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, 'it')
    .replace(/<\/?\w+>/g, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, 'it');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function syllablesIn(word: string): number {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (FAMILIAR_WORDS.has(lower)) return Math.min(2, syllable(lower));
  // Numbers and letters read one by one (999, GP, NHS) are short to read, whatever
  // the count of their spoken syllables.
  if (/^\p{N}+$/u.test(word) || /^\p{Lu}{2,4}$/u.test(word)) return 1;
  return Math.max(1, syllable(lower));
}

export function readingAge(template: string): Reading {
  const text = visibleText(template);
  const words = text.match(WORD) ?? [];
  // A label or list item with no full stop still reads as one sentence.
  const sentences = Math.max(1, text.split(/[.!?:;]+(?=\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
  const counts = words.map(syllablesIn);
  const syllables = counts.reduce((a, b) => a + b, 0);
  const age = words.length === 0 ? Number.NaN : 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59 + 5;
  return { words: words.length, sentences, syllables, age, longWords: words.filter((_, i) => (counts[i] ?? 0) >= 3) };
}
