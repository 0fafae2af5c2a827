import type { AnswerValue, QuestionnaireItem } from '../../src/domain/triage/types';
import { inAgeRange } from '../../src/domain/triage/enable-when';
import type { Has, ItemFindings } from '../../src/content/triage/findings/types';
import type { Vignette } from './vignette';

/**
 * A patient who answers every question honestly from their findings: "yes" only to what
 * they have, every box that applies ticked, "none of these" otherwise. They never guess
 * and never exaggerate; what the case does not list, they do not have.
 */
export function holds(test: Has, c: Vignette): boolean {
  if (typeof test === 'string') return c.findings.includes(test);
  if ('any' in test) return test.any.some((t) => holds(t, c));
  if ('all' in test) return test.all.every((t) => holds(t, c));
  if ('not' in test) return !holds(test.not, c);
  if ('age' in test) return inAgeRange(c.age, test.age);
  if ('sex' in test) return c.sex === test.sex;
  const value = c.measures?.[test.measure];
  return value !== undefined && (test.atLeast === undefined || value >= test.atLeast) && (test.atMost === undefined || value <= test.atMost);
}

export class UntaggedQuestion extends Error {
  override name = 'UntaggedQuestion';
}

export function answerFromFindings(item: QuestionnaireItem, findings: ItemFindings | undefined, c: Vignette, where: string): AnswerValue | undefined {
  if (!findings) throw new UntaggedQuestion(`${where} has no findings mapping`);
  switch (item.type) {
    case 'boolean':
      if (findings.yes === undefined) throw new UntaggedQuestion(`${where} (yes/no) needs "yes"`);
      return holds(findings.yes, c);
    case 'choice': {
      const picked = Object.entries(findings.options ?? {})
        .filter(([, test]) => test !== 'neutral' && holds(test, c))
        .map(([code]) => code);
      if (item.repeats) return picked.length > 0 ? picked : [findings.otherwise ?? 'none'];
      const answer = picked[0] ?? findings.otherwise;
      if (answer === undefined) throw new UntaggedQuestion(`${where} (one answer) needs "otherwise" for a case none of its options fits`);
      return answer;
    }
    case 'integer': {
      const value = findings.measure !== undefined ? (c.measures?.[findings.measure] ?? findings.default) : findings.default;
      if (value === undefined) throw new UntaggedQuestion(`${where} (a number) needs "measure" or "default"`);
      return value;
    }
    case 'string':
    case 'text':
      return findings.says ? c.says : '';
    default:
      return undefined;
  }
}
