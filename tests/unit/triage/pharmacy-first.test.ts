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
  // A condition can be reached from more than one topic (sinusitis from a cough or from the
  // nose; an infected insect bite from a rash or from a bite): every one of its rules has the ages.
  it.each(PHARMACY_CONDITIONS)('every %s pharmacy rule has exactly the NHS age limits', (condition) => {
    const rules = QUESTIONNAIRES.flatMap((q) => q.rules).filter((r) => r.pharmacyCondition === condition);
    expect(rules.length).toBeGreaterThanOrEqual(1);
    for (const rule of rules) {
      expect(rule.disposition, rule.id).toBe('pharmacy');
      expect(ageLimits(rule.when), rule.id).toEqual([PHARMACY_FIRST_AGES[condition]]);
    }
  });
});
