import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, anyOf, isCode, isYes, not, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Breathing problems, cough, colds and sinusitis. 999 for severe or sudden breathlessness
 * and an asthma attack; 111 the same day for breathlessness getting worse, coughing up
 * blood, or a temperature with breathing that is hard; sinusitis to a pharmacist (12+).
 */
const ID = 'breathing-cough';
const SEE_GP = ['very-bad', 'chest-pain', 'weight-loss', 'swollen-neck', 'weak-immune'];
const SINUS_RED_FLAGS = ['eye-swelling', 'vision', 'severe-headache', 'confused', 'stiff-neck'];

export const breathingCough: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'too-breathless-to-speak', { hint: true }),
    yesNo(ID, 'sudden-breathless'),
    yesNo(ID, 'has-asthma'),
    yesNo(ID, 'reliever-not-helping', { hint: true, enableWhen: [isYes('has-asthma')] }),
    yesNo(ID, 'reliever-every-4-hours', { enableWhen: [isYes('has-asthma')] }),
    yesNo(ID, 'getting-more-breathless'),
    yesNo(ID, 'coughing-blood'),
    yesNo(ID, 'temperature-and-breathless'),
    yesNo(ID, 'high-temperature', { forPatient: { age: { min: 65 } } }),
    oneOf(ID, 'main-problem', ['cough', 'cold', 'blocked-nose-face-pain', 'other']),
    oneOf(ID, 'cough-length', ['under-3-weeks', '3-weeks-or-more'], { enableWhen: [isCode('main-problem', 'cough')] }),
    anyOf(ID, 'cough-see-gp', SEE_GP, { enableWhen: [isCode('main-problem', 'cough')] }),
    anyOf(ID, 'sinus-red-flags', SINUS_RED_FLAGS, { enableWhen: [isCode('main-problem', 'blocked-nose-face-pain')] }),
    yesNo(ID, 'sinus-weak-immune', { hint: true, enableWhen: [isCode('main-problem', 'blocked-nose-face-pain')] }),
  ],
  rules: [
    rule({ id: 'bc-too-breathless', disposition: 'call-999', when: yes('too-breathless-to-speak'), source: SOURCES.call999, hazard: 'HAZ-04' }),
    rule({ id: 'bc-sudden-breathless', disposition: 'call-999', when: yes('sudden-breathless'), source: SOURCES.shortnessOfBreath, hazard: 'HAZ-12' }),
    rule({ id: 'bc-asthma-attack', disposition: 'call-999', when: all(yes('has-asthma'), yes('reliever-not-helping')), source: SOURCES.asthmaAttack, hazard: 'HAZ-04' }),
    // Needing the reliever more often than usual, while it still helps, is asthma getting
    // worse, not an attack: an urgent GP appointment or 111 (asthma attack page).
    rule({
      id: 'bc-asthma-worse',
      disposition: 'practice-today',
      when: all(yes('has-asthma'), yes('reliever-every-4-hours')),
      source: SOURCES.asthmaAttack,
      hazard: 'HAZ-04',
    }),
    // Flu page: 65 or over with flu symptoms, an urgent GP appointment or 111.
    rule({ id: 'bc-flu-over-65', disposition: 'practice-today', when: all(ageFrom(65), yes('high-temperature')), source: SOURCES.flu, hazard: 'HAZ-13' }),
    rule({ id: 'bc-more-breathless', disposition: 'call-111', when: yes('getting-more-breathless'), source: SOURCES.shortnessOfBreath, hazard: 'HAZ-04' }),
    rule({ id: 'bc-coughing-blood', disposition: 'call-111', when: yes('coughing-blood'), source: SOURCES.cough, hazard: 'HAZ-12' }),
    rule({ id: 'bc-temperature-breathless', disposition: 'call-111', when: yes('temperature-and-breathless'), source: SOURCES.cough, hazard: 'HAZ-04' }),
    // Sinusitis with signs it may be spreading (eye, vision, headache, confusion): the same day.
    rule({ id: 'bc-sinus-red-flags', disposition: 'call-111', when: tickedAny('sinus-red-flags', SINUS_RED_FLAGS), source: SOURCES.sinusitis, hazard: 'HAZ-13' }),
    rule({ id: 'bc-cough-weak-immune', disposition: 'practice-today', when: ticked('cough-see-gp', 'weak-immune'), source: SOURCES.cough, hazard: 'HAZ-13' }),
    rule({ id: 'bc-sinus-weak-immune', disposition: 'practice-today', when: yes('sinus-weak-immune'), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'bc-cough-see-gp', disposition: 'routine', when: tickedAny('cough-see-gp', SEE_GP), source: SOURCES.cough, hazard: 'HAZ-18' }),
    rule({ id: 'bc-long-cough', disposition: 'routine', when: ticked('cough-length', '3-weeks-or-more'), source: SOURCES.cough, hazard: 'HAZ-18' }),
    // Pharmacy First sinusitis: 12 and over, not with a weak immune system.
    rule({
      id: 'bc-pharmacy-sinusitis',
      disposition: 'pharmacy',
      pharmacyCondition: 'sinusitis',
      when: all(ticked('main-problem', 'blocked-nose-face-pain'), ageFrom(12), not(yes('sinus-weak-immune'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Under 12, sinusitis is outside Pharmacy First; it usually clears up on its own, so the practice can advise.
    rule({ id: 'bc-sinus-under-12', disposition: 'routine', when: all(ticked('main-problem', 'blocked-nose-face-pain'), ageUpTo(11)), source: SOURCES.sinusitis, hazard: 'HAZ-14' }),
    rule({ id: 'bc-short-cough-self-care', disposition: 'self-care', when: all(ticked('cough-length', 'under-3-weeks'), not(yes('has-asthma'))), source: SOURCES.cough, hazard: 'HAZ-18' }),
    rule({ id: 'bc-cold-self-care', disposition: 'self-care', when: ticked('main-problem', 'cold'), source: SOURCES.commonCold, hazard: 'HAZ-18' }),
  ],
};
