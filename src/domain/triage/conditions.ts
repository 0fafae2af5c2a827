import type { Answers, Condition, Sex } from './types';
import { answerMatches } from './answer-match';
import { inAgeRange } from './enable-when';

export interface ConditionContext {
  ageYears: number;
  sex: Sex;
  /** Answers to enabled items only. */
  answers: Answers;
}

/** Age limits are inclusive at both ends, as NHS pages write them ("1 to 17"). */
export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, context));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, context));
  if ('not' in condition) return !conditionHolds(condition.not, context);
  if ('age' in condition) return inAgeRange(context.ageYears, condition.age);
  if ('sex' in condition) return context.sex === condition.sex;
  return answerMatches(context.answers[condition.question], condition);
}

/** Every linkId a condition reads, for the content check. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  if ('kind' in condition) return [condition.question];
  return [];
}
