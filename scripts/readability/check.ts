import { readingAge } from './reading-age';
import type { PatientText } from './patient-text';

/** A page or questionnaire, read as a whole, must suit a reading age of 9. */
export const PAGE_READING_AGE = 9;
/**
 * No single long sentence may be much harder than its page: one formula on one sentence
 * swings a lot (one long word moves it by two years), so the limit is a little higher.
 */
export const SENTENCE_READING_AGE = 11;
/** Below this many words a string is a label or a button, and the formula means little. */
export const MIN_WORDS = 8;

export interface ReadabilityProblem {
  where: string;
  age: number;
  limit: number;
  longWords: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function readabilityProblems(texts: readonly PatientText[]): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  for (const { key, text } of texts) {
    const reading = readingAge(text);
    if (reading.words >= MIN_WORDS && reading.age > SENTENCE_READING_AGE) {
      problems.push({ where: key, age: round(reading.age), limit: SENTENCE_READING_AGE, longWords: reading.longWords });
    }
  }
  const groups = new Map<string, PatientText[]>();
  for (const t of texts) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  for (const [group, members] of groups) {
    // A label without a full stop is its own sentence on the page.
    const page = members.map(({ text }) => (/[.!?:]\s*$/.test(text) ? text : `${text}.`)).join(' ');
    const reading = readingAge(page);
    if (reading.words >= MIN_WORDS && reading.age > PAGE_READING_AGE) problems.push({ where: group, age: round(reading.age), limit: PAGE_READING_AGE, longWords: [...new Set(reading.longWords)] });
  }
  return problems.sort((a, b) => b.age - a.age);
}
