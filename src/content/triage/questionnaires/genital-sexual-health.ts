import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, female, isCode, isYes, male, not, rule, rulePerOption, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Vaginal, genital and sexual health, for all ages: testicle pain, a possible ectopic
 * pregnancy, emergency contraception, HIV PEP, bleeding after sex or after the menopause,
 * discharge, thrush, sores and possible STIs. Questions about sex are asked from 13; under
 * 13 the practice sees the child (a safeguarding matter as well as a medical one).
 */
const ID = 'genital-sexual-health';
const TESTICLE = ['being-sick', 'swollen-hot', 'lump'] as const;
const ECTOPIC_SIGNS = ['one-side-pain', 'bleeding', 'shoulder-tip', 'pain-peeing-pooing'] as const;
const BLEEDING = ['after-sex', 'between-periods', 'after-menopause'] as const;
const SYMPTOMS = ['thrush', 'discharge', 'sores', 'pelvic-pain'] as const;
const THRUSH_EXCLUSIONS = ['pregnant', 'recurrent', 'treatment-failed', 'weak-immune'] as const;
const childBearing = { sex: 'female' as const, age: { min: 11, max: 55 } };
const sexuallyActiveAge = { age: { min: 13 } };
const thrush = ticked('symptoms', 'thrush');

export const genitalSexualHealth: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'testicle-sudden-pain', { forPatient: { sex: 'male' } }),
    anyOf(ID, 'testicle', TESTICLE, { forPatient: { sex: 'male' } }),
    yesNo(ID, 'could-be-pregnant', { hint: true, forPatient: childBearing }),
    yesNo(ID, 'ectopic-emergency', { enableWhen: [isYes('could-be-pregnant')], forPatient: childBearing }),
    anyOf(ID, 'ectopic-signs', ECTOPIC_SIGNS, { enableWhen: [isYes('could-be-pregnant')], forPatient: childBearing }),
    yesNo(ID, 'hiv-risk', { hint: true, forPatient: sexuallyActiveAge }),
    yesNo(ID, 'emergency-contraception', { hint: true, forPatient: { sex: 'female', age: { min: 13, max: 55 } } }),
    anyOf(ID, 'bleeding', BLEEDING, { forPatient: { sex: 'female', age: { min: 11 } } }),
    anyOf(ID, 'symptoms', SYMPTOMS),
    yesNo(ID, 'thrush-before', { enableWhen: [isCode('symptoms', 'thrush')] }),
    anyOf(ID, 'thrush-exclusions', THRUSH_EXCLUSIONS, { enableWhen: [isCode('symptoms', 'thrush')] }),
    yesNo(ID, 'sti-worry', { forPatient: sexuallyActiveAge }),
  ],
  rules: [
    // Testicle pain page: sudden, very bad pain (the testicle may have twisted), or pain with
    // feeling or being sick — A&E.
    rule({ id: 'gs-testicle-sudden', disposition: 'go-to-ae', when: all(male, yes('testicle-sudden-pain')), source: SOURCES.testiclePain, hazard: 'HAZ-34' }),
    ...rulePerOption('testicle', [
      { code: 'being-sick', id: 'gs-testicle-being-sick', disposition: 'go-to-ae', source: SOURCES.testiclePain, hazard: 'HAZ-34' },
      { code: 'swollen-hot', id: 'gs-testicle-swollen-hot', disposition: 'practice-today', source: SOURCES.testiclePain, hazard: 'HAZ-34' },
    ]),
    // Ectopic pregnancy page: sudden sharp tummy pain with feeling very dizzy, fainting, being
    // sick or looking very pale — call 999 or go to A&E.
    rule({ id: 'gs-ectopic-emergency', disposition: 'go-to-ae', when: all(female, yes('could-be-pregnant'), yes('ectopic-emergency')), source: SOURCES.ectopicPregnancy, hazard: 'HAZ-34' }),
    rule({
      id: 'gs-ectopic-signs',
      disposition: 'call-111',
      when: all(female, yes('could-be-pregnant'), tickedAny('ectopic-signs', ECTOPIC_SIGNS)),
      source: SOURCES.ectopicPregnancy,
      hazard: 'HAZ-34',
    }),
    // PEP can stop HIV if started within 72 hours: a sexual health clinic, or A&E.
    rule({ id: 'gs-hiv-pep', disposition: 'call-111', outcome: 'hiv-pep', when: all(ageFrom(13), yes('hiv-risk')), source: SOURCES.hivPrevention, hazard: 'HAZ-34' }),
    // Emergency contraception: the pill within 3 or 5 days, the IUD within 5 days — the sooner the better.
    rule({
      id: 'gs-emergency-contraception',
      disposition: 'practice-today',
      outcome: 'emergency-contraception',
      when: all(female, ageFrom(13), yes('emergency-contraception')),
      source: SOURCES.emergencyContraception,
      hazard: 'HAZ-34',
    }),
    rule({ id: 'gs-testicle-lump', disposition: 'routine', when: all(male, ticked('testicle', 'lump')), source: SOURCES.testiclePain, hazard: 'HAZ-18' }),
    // See a GP (or a sexual health clinic) for bleeding after sex, between periods or after the menopause.
    rule({
      id: 'gs-bleeding-after-sex',
      disposition: 'routine',
      when: all(female, tickedAny('bleeding', ['after-sex', 'between-periods'])),
      source: SOURCES.bleedingBetweenPeriods,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'gs-bleeding-after-menopause', disposition: 'routine', when: all(female, ticked('bleeding', 'after-menopause')), source: SOURCES.postMenopausalBleeding, hazard: 'HAZ-18' }),
    // STIs page: a sexual health clinic (or a GP) for discharge, sores, blisters or lumps, or a possible STI.
    rule({
      id: 'gs-sexual-health',
      disposition: 'routine',
      outcome: 'sexual-health',
      when: all(ageFrom(13), any(tickedAny('symptoms', ['discharge', 'sores']), yes('sti-worry'))),
      source: SOURCES.stis,
      hazard: 'HAZ-18',
    }),
    rule({ id: 'gs-pelvic-pain', disposition: 'routine', when: ticked('symptoms', 'pelvic-pain'), source: SOURCES.vaginalDischarge, hazard: 'HAZ-18' }),
    // Thrush page: see a GP the first time, under 16 or over 60, in pregnancy, if it keeps
    // coming back or treatment did not work, or with a weak immune system.
    rule({
      id: 'gs-thrush-see-gp',
      disposition: 'routine',
      when: all(thrush, any(not(yes('thrush-before')), tickedAny('thrush-exclusions', THRUSH_EXCLUSIONS), ageUpTo(15), ageFrom(61))),
      source: SOURCES.thrush,
      hazard: 'HAZ-18',
    }),
    // Otherwise a pharmacist can sell thrush treatment (not a Pharmacy First condition).
    rule({
      id: 'gs-thrush-self-care',
      disposition: 'self-care',
      when: all(thrush, ageFrom(16, 60), yes('thrush-before'), not(tickedAny('thrush-exclusions', THRUSH_EXCLUSIONS))),
      source: SOURCES.thrush,
      hazard: 'HAZ-18',
    }),
  ],
};
