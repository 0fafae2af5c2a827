import { describe, expect, it } from 'vitest';
import { affectedBy, compileQuestionnaire, ContentError } from '../../../src/domain/triage/compile';
import { enabledItems } from '../../../src/domain/triage/enable-when';
import { validateAnswers } from '../../../src/domain/triage/validate';
import { triage } from '../../../src/domain/triage/triage';
import type { TriageQuestionnaire } from '../../../src/domain/triage/types';

const SOURCE = 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/';

/** A small questionnaire that exercises every operator, nesting and both behaviours. */
const fixture: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'fixture',
  status: 'draft',
  title: 't',
  defaultDisposition: 'routine',
  item: [
    { linkId: 'pain', type: 'boolean', text: 't', required: true },
    { linkId: 'spreads', type: 'boolean', text: 't', required: true, enableWhen: [{ question: 'pain', operator: '=', answerBoolean: true }] },
    {
      linkId: 'where',
      type: 'choice',
      text: 't',
      repeats: true,
      required: true,
      answerOption: [
        { valueCoding: { code: 'arm', display: 'd' } },
        { valueCoding: { code: 'jaw', display: 'd' } },
        { valueCoding: { code: 'none', display: 'd' }, exclusive: true },
      ],
      enableWhen: [{ question: 'spreads', operator: '=', answerBoolean: true }],
    },
    { linkId: 'days', type: 'integer', text: 't', minValue: 0, maxValue: 30 },
    { linkId: 'long', type: 'boolean', text: 't', enableWhen: [{ question: 'days', operator: '>=', answerInteger: 7 }] },
    { linkId: 'short', type: 'boolean', text: 't', enableWhen: [{ question: 'days', operator: '<', answerInteger: 2 }] },
    { linkId: 'any-of', type: 'display', text: 't', enableBehavior: 'any', enableWhen: [
      { question: 'pain', operator: '=', answerBoolean: false },
      { question: 'days', operator: 'exists', answerBoolean: true },
    ] },
    { linkId: 'not-arm', type: 'display', text: 't', enableWhen: [{ question: 'where', operator: '!=', answerCoding: { code: 'arm' } }] },
    { linkId: 'notes', type: 'text', text: 't', maxLength: 5 },
    { linkId: 'group', type: 'group', text: 't', enableWhen: [{ question: 'pain', operator: '=', answerBoolean: true }], item: [
      { linkId: 'inner', type: 'boolean', text: 't', required: true },
    ] },
    { linkId: 'pregnant', type: 'boolean', text: 't', forPatient: { sex: 'female', age: { min: 11, max: 55 } } },
  ],
  rules: [
    { id: 'r-999', disposition: 'call-999', when: { kind: 'answer', question: 'where', operator: '=', answerCoding: { code: 'arm' } }, source: SOURCE, hazard: 'HAZ-01' },
    { id: 'r-111', disposition: 'call-111', when: { kind: 'answer', question: 'pain', operator: '=', answerBoolean: true }, source: SOURCE, hazard: 'HAZ-13' },
    { id: 'r-self-care', disposition: 'self-care', when: { kind: 'answer', question: 'short', operator: '=', answerBoolean: true }, source: SOURCE, hazard: 'HAZ-18' },
    {
      id: 'r-pharmacy-child',
      disposition: 'pharmacy',
      pharmacyCondition: 'earache',
      when: { all: [{ age: { min: 1, max: 17 } }, { kind: 'answer', question: 'long', operator: '=', answerBoolean: true }] },
      source: SOURCE,
      hazard: 'HAZ-14',
    },
    { id: 'r-pregnant', disposition: 'practice-today', outcome: 'maternity', when: { all: [{ sex: 'female' }, { kind: 'answer', question: 'pregnant', operator: '=', answerBoolean: true }] }, source: SOURCE, hazard: 'HAZ-09' },
  ],
};

const model = compileQuestionnaire(fixture, 'v-test');
const adult = { ageYears: 40, sex: 'female' as const };

describe('compileQuestionnaire', () => {
  it('flattens nested items and indexes which items depend on which', () => {
    expect([...model.items.keys()]).toContain('inner');
    expect(model.items.get('inner')?.parent).toBe('group');
    expect(model.dependents.get('pain')).toEqual(expect.arrayContaining(['spreads', 'any-of', 'group']));
    expect(affectedBy(model, 'pain')).toEqual(expect.arrayContaining(['spreads', 'where', 'not-arm']));
  });

  it('orders items so that each comes after what it depends on', () => {
    const order = model.evaluationOrder;
    expect(order.indexOf('pain')).toBeLessThan(order.indexOf('spreads'));
    expect(order.indexOf('spreads')).toBeLessThan(order.indexOf('where'));
    expect(order.indexOf('group')).toBeLessThan(order.indexOf('inner'));
  });

  it('refuses a duplicate linkId, a broken reference and a cycle, naming the item', () => {
    const dup = { ...fixture, item: [...fixture.item, { linkId: 'pain', type: 'boolean' as const, text: 't' }] };
    expect(() => compileQuestionnaire(dup)).toThrow(/Duplicate linkId "pain"/);
    const broken = { ...fixture, item: [{ linkId: 'a', type: 'boolean' as const, text: 't', enableWhen: [{ question: 'ghost', operator: 'exists' as const, answerBoolean: true }] }] };
    expect(() => compileQuestionnaire(broken)).toThrow(ContentError);
    const cycle = {
      ...fixture,
      item: [
        { linkId: 'a', type: 'boolean' as const, text: 't', enableWhen: [{ question: 'b', operator: '=' as const, answerBoolean: true }] },
        { linkId: 'b', type: 'boolean' as const, text: 't', enableWhen: [{ question: 'a', operator: '=' as const, answerBoolean: true }] },
      ],
    };
    expect(() => compileQuestionnaire(cycle)).toThrow(/cycle: a → b → a/);
  });
});

describe('enabledItems', () => {
  it('shows follow-ups only when their condition holds, through chains', () => {
    expect(enabledItems(model, {}).has('spreads')).toBe(false);
    expect(enabledItems(model, { pain: true }).has('spreads')).toBe(true);
    expect(enabledItems(model, { pain: true, spreads: true }).has('where')).toBe(true);
    // A stale answer to a now-hidden item must not keep its follow-up switched on.
    expect(enabledItems(model, { pain: false, spreads: true }).has('where')).toBe(false);
  });

  it('supports the comparison operators and "exists"', () => {
    expect(enabledItems(model, { days: 7 }).has('long')).toBe(true);
    expect(enabledItems(model, { days: 6 }).has('long')).toBe(false);
    expect(enabledItems(model, { days: 1 }).has('short')).toBe(true);
    expect(enabledItems(model, { days: 2 }).has('short')).toBe(false);
    expect(enabledItems(model, { days: '7' }).has('long')).toBe(false);
  });

  it('enables on any one condition with enableBehavior "any"', () => {
    expect(enabledItems(model, {}).has('any-of')).toBe(false);
    expect(enabledItems(model, { pain: false }).has('any-of')).toBe(true);
    expect(enabledItems(model, { pain: true, days: 0 }).has('any-of')).toBe(true);
  });

  it('treats "!=" as false when unanswered, and true only when no ticked option matches', () => {
    const on = { pain: true, spreads: true };
    expect(enabledItems(model, on).has('not-arm')).toBe(false);
    expect(enabledItems(model, { ...on, where: ['jaw'] }).has('not-arm')).toBe(true);
    expect(enabledItems(model, { ...on, where: ['jaw', 'arm'] }).has('not-arm')).toBe(false);
  });

  it('hides a group and everything in it together', () => {
    expect(enabledItems(model, { pain: false }).has('inner')).toBe(false);
    expect(enabledItems(model, { pain: true }).has('inner')).toBe(true);
  });

  it('shows patient-filtered items only to the right patients, and to everyone when no patient is given', () => {
    expect(enabledItems(model, {}, { ageYears: 30, sex: 'female' }).has('pregnant')).toBe(true);
    expect(enabledItems(model, {}, { ageYears: 30, sex: 'male' }).has('pregnant')).toBe(false);
    expect(enabledItems(model, {}, { ageYears: 60, sex: 'female' }).has('pregnant')).toBe(false);
    expect(enabledItems(model, {}).has('pregnant')).toBe(true);
  });
});

describe('validateAnswers', () => {
  it('asks for required answers with translation keys, never for hidden items', () => {
    const result = validateAnswers(model, {}, adult);
    expect(result.valid).toBe(false);
    expect(result.byLinkId).toEqual({ pain: [{ key: 'validation.requiredChoice' }] });
  });

  it('checks ranges, whole numbers, lengths, options and "none of these"', () => {
    const result = validateAnswers(model, { pain: true, spreads: true, where: ['none', 'arm'], days: 31, notes: 'too long', inner: false }, adult);
    expect(result.byLinkId).toEqual({
      where: [{ key: 'validation.exclusiveOption' }],
      days: [{ key: 'validation.aboveMax', values: { max: 30 } }],
      notes: [{ key: 'validation.tooLong', values: { count: 5 } }],
    });
    expect(validateAnswers(model, { pain: false, days: 2.5 }).byLinkId.days).toEqual([{ key: 'validation.wholeNumber' }]);
    expect(validateAnswers(model, { pain: false, days: -1 }).byLinkId.days).toEqual([{ key: 'validation.belowMin', values: { min: 0 } }]);
    expect(validateAnswers(model, { pain: 'yes' }).byLinkId.pain).toEqual([{ key: 'validation.wrongType' }]);
    expect(validateAnswers(model, { pain: true, spreads: true, where: ['leg'], inner: true }).byLinkId.where).toEqual([{ key: 'validation.unknownOption' }]);
  });

  it('passes a complete, sensible set of answers', () => {
    expect(validateAnswers(model, { pain: true, spreads: true, where: ['jaw'], inner: false }, adult)).toEqual({ valid: true, byLinkId: {} });
  });
});

describe('triage', () => {
  it('gives the default when no rule fires, with the content version and questionnaire id', () => {
    expect(triage(model, { ...adult, answers: {} })).toEqual({
      disposition: 'routine',
      outcomeId: 'routine',
      firedRules: [],
      contentVersion: 'v-test',
      questionnaireId: 'fixture',
    });
  });

  it('lets the most urgent rule win and lists every rule that fired', () => {
    const result = triage(model, { ...adult, answers: { pain: true, spreads: true, where: ['arm'] } });
    expect(result.disposition).toBe('call-999');
    expect(result.firedRules).toEqual(['r-999', 'r-111']);
  });

  it('ignores answers to hidden items', () => {
    const result = triage(model, { ...adult, answers: { pain: false, spreads: true, where: ['arm'] } });
    expect(result.disposition).toBe('routine');
    expect(result.firedRules).toEqual([]);
  });

  it('applies age limits inclusively and names the Pharmacy First condition', () => {
    const answers = { pain: false, days: 8, long: true };
    expect(triage(model, { ageYears: 1, sex: 'male', answers })).toMatchObject({ disposition: 'pharmacy', pharmacyCondition: 'earache' });
    expect(triage(model, { ageYears: 17, sex: 'male', answers })).toMatchObject({ disposition: 'pharmacy', pharmacyCondition: 'earache' });
    expect(triage(model, { ageYears: 18, sex: 'male', answers }).disposition).toBe('routine');
    expect(triage(model, { ageYears: 0, sex: 'male', answers }).disposition).toBe('routine');
  });

  it('uses sex and patient filters, and passes on a rule-specific outcome', () => {
    expect(triage(model, { ...adult, answers: { pregnant: true } })).toMatchObject({ disposition: 'practice-today', outcomeId: 'maternity' });
    expect(triage(model, { ageYears: 40, sex: 'male', answers: { pregnant: true } }).disposition).toBe('routine');
  });

  it('uses a self-care rule only when nothing more urgent fires', () => {
    expect(triage(model, { ...adult, answers: { days: 1, short: true } }).disposition).toBe('self-care');
    expect(triage(model, { ...adult, answers: { days: 1, short: true, pain: true } }).disposition).toBe('call-111');
  });
});
