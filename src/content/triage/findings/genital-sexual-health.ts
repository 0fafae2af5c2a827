import type { QuestionnaireFindings } from './types';

export const genitalSexualHealth: QuestionnaireFindings = {
  'testicle-sudden-pain': { yes: 'testicle-pain-sudden-severe' },
  testicle: {
    options: {
      'being-sick': { all: [{ any: ['testicle-pain', 'testicle-pain-sudden-severe'] }, 'feeling-sick'] },
      'swollen-hot': 'testicle-swollen-hot',
      lump: 'testicle-lump',
    },
    otherwise: 'none',
  },
  'could-be-pregnant': { yes: { any: ['could-be-pregnant', 'pregnant'] } },
  'ectopic-emergency': {
    yes: { all: [{ any: ['abdominal-pain-sudden-severe', 'abdominal-pain-severe'] }, { any: ['light-headed', 'passed-out', 'feeling-sick', 'looks-very-pale'] }] },
  },
  'ectopic-signs': {
    options: {
      'one-side-pain': 'lower-tummy-pain-one-side',
      bleeding: { any: ['vaginal-bleeding', 'vaginal-bleeding-pregnant', 'vaginal-bleeding-heavy'] },
      'shoulder-tip': 'shoulder-tip-pain',
      'pain-peeing-pooing': { any: ['pain-weeing', 'pain-pooing'] },
    },
    otherwise: 'none',
  },
  'hiv-risk': { yes: 'possible-hiv-exposure-72-hours' },
  'emergency-contraception': { yes: 'unprotected-sex-5-days' },
  bleeding: { options: { 'after-sex': 'bleeding-after-sex', 'between-periods': 'bleeding-between-periods', 'after-menopause': 'bleeding-after-menopause' }, otherwise: 'none' },
  symptoms: {
    options: {
      thrush: 'genital-thrush-symptoms',
      discharge: 'unusual-discharge',
      sores: 'genital-sores-or-lumps',
      'pelvic-pain': { any: ['pain-during-sex', 'lower-tummy-pain'] },
    },
    otherwise: 'none',
  },
  'thrush-before': { yes: 'had-thrush-before' },
  'thrush-exclusions': {
    options: { pregnant: 'pregnant', recurrent: 'recurrent-thrush', 'treatment-failed': 'thrush-treatment-failed', 'weak-immune': 'weak-immune-system' },
    otherwise: 'none',
  },
  'sti-worry': { yes: 'sti-worry' },
};
