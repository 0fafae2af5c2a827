import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, female, male, not, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Peeing problems. Signs of a kidney infection go to 111 the same day. Pharmacy First
 * treats uncomplicated urine infections in women aged 16 to 64; its exclusions (men,
 * pregnancy, infections that keep coming back, a catheter, a weak immune system) and
 * blood in the pee need a GP the same day (UTI page: urgent GP appointment or 111).
 */
const ID = 'urinary';
const SYMPTOMS = ['burning', 'more-often', 'urgent', 'cloudy', 'blood', 'lower-tummy-pain'];
const hasSymptoms = tickedAny('symptoms', SYMPTOMS);
const INFECTION_SIGNS = ['burning', 'cloudy', 'blood', 'lower-tummy-pain'];

export const urinary: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'cannot-pee'),
    anyOf(ID, 'symptoms', SYMPTOMS),
    yesNo(ID, 'kidney-signs', { hint: true }),
    yesNo(ID, 'high-temperature'),
    yesNo(ID, 'weak-flow', { forPatient: { sex: 'male' } }),
    yesNo(ID, 'very-thirsty', { forPatient: { age: { max: 15 } } }),
    yesNo(ID, 'leaking'),
    yesNo(ID, 'pregnant', { forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
    yesNo(ID, 'recurrent', { hint: true }),
    yesNo(ID, 'catheter'),
    yesNo(ID, 'weak-immune', { hint: true }),
  ],
  rules: [
    // Not able to pee at all: the stomach ache page says call 999 or go to A&E.
    rule({ id: 'ur-cannot-pee', disposition: 'go-to-ae', when: yes('cannot-pee'), source: SOURCES.stomachAche, hazard: 'HAZ-19' }),
    rule({ id: 'ur-kidney-infection', disposition: 'call-111', when: yes('kidney-signs'), source: SOURCES.kidneyInfection, hazard: 'HAZ-13' }),
    rule({ id: 'ur-blood', disposition: 'practice-today', when: ticked('symptoms', 'blood'), source: SOURCES.uti, hazard: 'HAZ-13' }),
    // UTI page: symptoms with a high temperature or feeling hot and shivery, an urgent GP appointment or 111.
    rule({ id: 'ur-high-temperature', disposition: 'practice-today', when: all(hasSymptoms, yes('high-temperature')), source: SOURCES.uti, hazard: 'HAZ-13' }),
    // A child very thirsty and weeing a lot may have type 1 diabetes: a GP the same day.
    rule({ id: 'ur-child-very-thirsty', disposition: 'practice-today', when: all(ageUpTo(15), yes('very-thirsty')), source: SOURCES.type1Diabetes, hazard: 'HAZ-13' }),
    // Pharmacy First exclusions: these need a prescriber today. Infection signs in a man, not
    // the weak flow and night-time peeing of a large prostate, which the next rule routes.
    rule({ id: 'ur-male', disposition: 'practice-today', when: all(male, tickedAny('symptoms', INFECTION_SIGNS)), source: SOURCES.uti, hazard: 'HAZ-14' }),
    rule({ id: 'ur-leaking', disposition: 'routine', when: yes('leaking'), source: SOURCES.urinaryIncontinence, hazard: 'HAZ-18' }),
    rule({ id: 'ur-weak-flow', disposition: 'routine', when: all(male, yes('weak-flow')), source: SOURCES.prostateEnlargement, hazard: 'HAZ-18' }),
    rule({ id: 'ur-pregnant', disposition: 'practice-today', when: all(female, yes('pregnant')), source: SOURCES.uti, hazard: 'HAZ-14' }),
    rule({ id: 'ur-recurrent', disposition: 'practice-today', when: all(hasSymptoms, yes('recurrent')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ur-catheter', disposition: 'practice-today', when: all(hasSymptoms, yes('catheter')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ur-weak-immune', disposition: 'practice-today', when: all(hasSymptoms, yes('weak-immune')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({
      id: 'ur-female-outside-ages',
      disposition: 'practice-today',
      when: all(female, hasSymptoms, any(ageUpTo(15), ageFrom(65))),
      source: SOURCES.uti,
      hazard: 'HAZ-14',
    }),
    // Pharmacy First uncomplicated UTI: women 16 to 64.
    rule({
      id: 'ur-pharmacy-uti',
      disposition: 'pharmacy',
      pharmacyCondition: 'uti',
      when: all(female, ageFrom(16, 64), hasSymptoms, not(ticked('symptoms', 'blood')), not(yes('pregnant')), not(yes('recurrent')), not(yes('catheter')), not(yes('weak-immune')), not(yes('high-temperature'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
  ],
};
