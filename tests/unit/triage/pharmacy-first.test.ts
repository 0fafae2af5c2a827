import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../../src/content/triage/all';
import { PHARMACY_FIRST_AGES } from '../../../src/content/triage/pharmacy-first';
import { PHARMACY_CONDITIONS } from '../../../src/domain/triage/dispositions';
import type { Condition } from '../../../src/domain/triage/types';

function ageLimits(condition: Condition): { min?: number; max?: number }[] {
  if ('all' in condition) return condition.all.flatMap(ageLimits);
  if ('age' in condition) return [condition.age];
  return [];
}

describe('Pharmacy First rules follow the NHS ages', () => {
  it.each(PHARMACY_CONDITIONS)('%s has exactly one pharmacy rule with the NHS age limits', (condition) => {
    const rules = QUESTIONNAIRES.flatMap((q) => q.rules).filter((r) => r.pharmacyCondition === condition);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.disposition).toBe('pharmacy');
    expect(ageLimits(rules[0]!.when)).toEqual([PHARMACY_FIRST_AGES[condition]]);
  });
});
