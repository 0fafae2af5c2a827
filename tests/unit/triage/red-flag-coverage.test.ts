import { describe, expect, it } from 'vitest';
import { compiledQuestionnaire } from '../../../src/content/triage/all';
import { SOURCES } from '../../../src/content/triage/sources';
import { triage } from '../../../src/domain/triage/triage';
import { triggerFor } from './trigger-answers';

/**
 * Every 999 and A&E item of CLINICAL-SOURCES.md, adult and child, and the rule that
 * covers it. docs/clinical-safety/red-flag-coverage.md is the same table for reviewers.
 */
type Row = readonly [list: string, item: string, questionnaireId: string, ruleId: string];

const COVERAGE: readonly Row[] = [
  // Adults — when to call 999
  ['adult 999', 'signs of a heart attack', 'emergency-adult', 'em-adult-heart-attack'],
  ['adult 999', 'signs of a stroke', 'emergency-adult', 'em-adult-stroke'],
  ['adult 999', 'sudden confusion', 'emergency-adult', 'em-adult-sudden-confusion'],
  ['adult 999', 'a suicide attempt', 'emergency-adult', 'em-adult-suicide-attempt'],
  ['adult 999', 'severe difficulty breathing', 'emergency-adult', 'em-adult-severe-breathing'],
  ['adult 999', 'heavy bleeding', 'emergency-adult', 'em-adult-heavy-bleeding'],
  ['adult 999', 'severe injuries after a serious accident', 'emergency-adult', 'em-adult-severe-injury'],
  ['adult 999', 'a seizure, or unconscious and cannot be woken', 'emergency-adult', 'em-adult-seizure-unconscious'],
  ['adult 999', 'a fit that has stopped: a first fit, or one not like their usual fits (seizure first aid page)', 'emergency-adult', 'em-adult-fit-first-or-long'],
  ['adult 999', 'sudden rapid swelling of lips, mouth, throat or tongue', 'emergency-adult', 'em-adult-swelling'],
  ['adult 999', 'labour or childbirth', 'emergency-adult', 'em-adult-labour'],
  ['adult 999', 'sepsis: blue, grey, pale or blotchy skin, lips or tongue', 'emergency-adult', 'em-adult-sepsis-skin'],
  ['adult 999', 'sepsis: a rash that does not fade under a rolled glass', 'emergency-adult', 'em-adult-sepsis-rash'],
  ['adult 999', 'sepsis: high temperature with a stiff neck or bothered by light', 'emergency-adult', 'em-adult-fever-stiff-neck'],
  // Children — when to call 999
  ['child 999', 'a seizure or cannot be woken', 'emergency-child', 'em-child-seizure-cannot-wake'],
  ['child 999', 'a fit that has stopped: a first fit, or one not like their usual fits (seizure first aid page)', 'emergency-child', 'em-child-fit-first-or-long'],
  ['child 999', 'choking', 'emergency-child', 'em-child-choking'],
  ['child 999', 'difficulty breathing (grunting, sucking the stomach in, very fast)', 'emergency-child', 'em-child-breathing'],
  ['child 999', 'unable to stay awake', 'emergency-child', 'em-child-cannot-stay-awake'],
  ['child 999', 'blue, grey, pale or blotchy skin, lips or tongue', 'emergency-child', 'em-child-skin-colour'],
  ['child 999', 'limp and floppy', 'emergency-child', 'em-child-floppy'],
  ['child 999', 'heavy bleeding', 'emergency-child', 'em-child-heavy-bleeding'],
  ['child 999', 'severe injuries', 'emergency-child', 'em-child-severe-injury'],
  ['child 999', 'stroke signs', 'emergency-child', 'em-child-stroke'],
  ['child 999', 'sudden swelling of lips, mouth, throat or tongue', 'emergency-child', 'em-child-swelling'],
  ['child 999', 'sudden confusion, agitation or non-stop crying', 'emergency-child', 'em-child-confused-crying'],
  ['child 999', 'sepsis: rash that does not fade', 'emergency-child', 'em-child-sepsis-rash'],
  ['child 999', 'sepsis: weak, high-pitched cry', 'emergency-child', 'em-child-sepsis-weak-cry'],
  ['child 999', 'sepsis: not responding normally, or not interested in feeding or normal activities', 'emergency-child', 'em-child-sepsis-not-responding'],
  ['child 999', 'sepsis: sleepier than normal or difficult to wake', 'emergency-child', 'em-child-sepsis-sleepy'],
  ['child 999', 'sepsis: high temperature with stiff neck or bothered by light', 'emergency-child', 'em-child-fever-stiff-neck'],
  // A&E — adults and children
  ...(['adult', 'child'] as const).flatMap((who) => [
    [`${who} A&E`, 'loss of consciousness', `emergency-${who}`, `em-${who}-ae-lost-consciousness`],
    [`${who} A&E`, 'acute confused state', `emergency-${who}`, `em-${who}-ae-confused`],
    [`${who} A&E`, 'fits that are not stopping', `emergency-${who}`, `em-${who}-ae-fits`],
    [`${who} A&E`, 'persistent severe chest pain', `emergency-${who}`, `em-${who}-ae-chest-pain`],
    [`${who} A&E`, 'breathing difficulties', `emergency-${who}`, `em-${who}-ae-breathing`],
    [`${who} A&E`, 'severe bleeding that cannot be stopped', `emergency-${who}`, `em-${who}-ae-bleeding`],
    [`${who} A&E`, 'severe allergic reactions', `emergency-${who}`, `em-${who}-ae-allergic-reaction`],
    [`${who} A&E`, 'severe burns or scalds', `emergency-${who}`, `em-${who}-ae-burns`],
  ] satisfies Row[]),
];

const EMERGENCY_SOURCES: readonly string[] = [SOURCES.call999, SOURCES.ae, SOURCES.heartAttack, SOURCES.sepsis, SOURCES.seizureFirstAid];

describe('every 999 and A&E item in CLINICAL-SOURCES.md has a rule that sends the patient to 999 or A&E', () => {
  it.each(COVERAGE)('%s: %s (%s / %s)', (_list, _item, questionnaireId, ruleId) => {
    const model = compiledQuestionnaire(questionnaireId);
    const rule = model.rules.find((r) => r.id === ruleId);
    expect(rule, `rule ${ruleId}`).toBeDefined();
    expect(EMERGENCY_SOURCES).toContain(rule!.source);
    const { patient, answers } = triggerFor(model, ruleId);
    // The screen's other questions answered "none of these", as a real patient would.
    const filled = { ...Object.fromEntries(model.source.item.map((i) => [i.linkId, ['none']])), ...answers };
    const result = triage(model, { ...patient, answers: filled });
    expect(['call-999', 'go-to-ae']).toContain(result.disposition);
    expect(result.firedRules).toContain(ruleId);
  });

  it('covers every emergency-screen rule in the table, so the docs cannot fall behind', () => {
    const listed = new Set<string>(COVERAGE.map((row) => row[3]));
    for (const id of ['emergency-adult', 'emergency-child']) {
      for (const rule of compiledQuestionnaire(id).rules) expect(listed, rule.id).toContain(rule.id);
    }
  });

  it('uses the child screen under 16 and the adult screen from 16', async () => {
    const { emergencyScreenId } = await import('../../../src/content/triage');
    expect(emergencyScreenId(15)).toBe('emergency-child');
    expect(emergencyScreenId(16)).toBe('emergency-adult');
  });
});
