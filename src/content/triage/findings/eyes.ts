import type { QuestionnaireFindings } from './types';

export const eyes: QuestionnaireFindings = {
  chemical: { yes: 'chemical-in-eye' },
  'stuck-or-pierced': { options: { pierced: 'eye-pierced', 'high-speed': 'eye-hit-high-speed', stuck: 'eye-object-stuck' }, otherwise: 'none' },
  sight: { options: { 'sudden-loss': 'vision-loss', changes: { any: ['sight-changes-new', 'vision-blurred-or-double'] }, curtain: 'dark-curtain-vision', 'new-floaters': 'new-floaters-sudden' }, otherwise: 'none' },
  'warning-signs': {
    options: {
      'light-hurts': 'light-hurts-eyes',
      'headache-sick': { all: [{ any: ['severe-headache', 'sudden-severe-headache'] }, 'feeling-sick'] },
      'very-dark-red': 'eye-very-dark-red',
      pupil: 'unequal-pupils',
    },
    otherwise: 'none',
  },
  injured: { yes: { any: ['eye-injury', 'eye-pierced', 'eye-hit-high-speed', 'eye-object-stuck', 'chemical-in-eye'] } },
  'injury-signs': {
    options: {
      'being-sick': 'feeling-sick',
      'cannot-open-or-move': 'eye-cannot-open-or-move',
      'blood-or-pus': 'eye-injury-blood-or-pus',
      'headache-temperature': { any: ['severe-headache', 'sudden-severe-headache', 'headache', 'high-temperature'] },
    },
    otherwise: 'none',
  },
  'injury-not-better': { yes: 'eye-injury-not-better-after-a-day' },
  symptoms: {
    options: {
      red: { any: ['red-eye', 'eye-very-dark-red'] },
      painful: 'eye-pain',
      sticky: 'sticky-eye',
      gritty: 'gritty-eye',
      itchy: 'itchy-eye',
      watery: 'watery-eye',
      eyelid: 'eyelid-lump-or-swelling',
    },
    otherwise: 'none',
  },
  'contact-lenses': { yes: 'contact-lens-wearer' },
  newborn: { yes: 'baby-under-28-days' },
  'how-long': {
    options: { 'under-1-week': { measure: 'days-unwell', atMost: 6 }, '1-to-2-weeks': { measure: 'days-unwell', atMost: 14 } },
    otherwise: 'over-2-weeks',
  },
};
