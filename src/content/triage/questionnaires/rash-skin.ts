import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, female, isCode, isYes, not, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Rashes, insect bites, impetigo and shingles: four routes into Pharmacy First, each with
 * its ages and exclusions. A rash that does not fade under a glass is a 999 emergency; a
 * bite or skin infection that spreads with feeling unwell needs help the same day.
 */
const ID = 'rash-skin';
const bite = ticked('kind', 'insect-bite');
const impetigo = ticked('kind', 'impetigo');
const shingles = ticked('kind', 'shingles');
const other = ticked('kind', 'other');

export const rashSkin: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'rash-not-fading', { hint: true }),
    oneOf(ID, 'kind', ['insect-bite', 'impetigo', 'shingles', 'other'], { hint: true }),
    yesNo(ID, 'bite-face-swelling', { enableWhen: [isCode('kind', 'insect-bite')] }),
    yesNo(ID, 'bite-spreading-unwell', { hint: true, enableWhen: [isCode('kind', 'insect-bite')] }),
    yesNo(ID, 'bite-infected', { hint: true, enableWhen: [isCode('kind', 'insect-bite')] }),
    oneOf(ID, 'impetigo-patches', ['up-to-4', 'more-than-4', 'widespread'], { enableWhen: [isCode('kind', 'impetigo')] }),
    yesNo(ID, 'generally-unwell', { enableWhen: [isCode('kind', 'impetigo')] }),
    oneOf(ID, 'shingles-days', ['up-to-7', 'more-than-7'], { enableWhen: [isCode('kind', 'shingles')] }),
    yesNo(ID, 'shingles-eye', { enableWhen: [isCode('kind', 'shingles')] }),
    yesNo(ID, 'pregnant', {
      enableWhen: [isCode('kind', 'shingles'), isCode('kind', 'other')],
      enableBehavior: 'any',
      forPatient: { sex: 'female', age: { min: 11, max: 55 } },
    }),
    yesNo(ID, 'weak-immune', { hint: true, enableWhen: [isCode('kind', 'shingles')] }),
    yesNo(ID, 'skin-hot-spreading', { hint: true, enableWhen: [isCode('kind', 'other')] }),
    yesNo(ID, 'skin-unwell', { enableWhen: [isYes('skin-hot-spreading')] }),
    yesNo(ID, 'measles-signs', { enableWhen: [isCode('kind', 'other')] }),
    yesNo(ID, 'rash-very-unwell', { enableWhen: [isCode('kind', 'other')] }),
    oneOf(ID, 'rash-how-long', ['under-2-weeks', '2-weeks-or-more'], { enableWhen: [isCode('kind', 'other')] }),
  ],
  rules: [
    rule({ id: 'rs-rash-not-fading', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'rs-bite-anaphylaxis', disposition: 'call-999', when: all(bite, yes('bite-face-swelling')), source: SOURCES.anaphylaxis, hazard: 'HAZ-05' }),
    rule({ id: 'rs-bite-spreading', disposition: 'call-111', when: all(bite, yes('bite-spreading-unwell')), source: SOURCES.insectBites, hazard: 'HAZ-03' }),
    rule({ id: 'rs-shingles-eye', disposition: 'call-111', when: all(shingles, yes('shingles-eye')), source: SOURCES.shingles, hazard: 'HAZ-13' }),
    // Cellulitis: red, hot, swollen skin that spreads; with feeling unwell, 111 the same day.
    rule({ id: 'rs-cellulitis-unwell', disposition: 'call-111', when: all(other, yes('skin-hot-spreading'), yes('skin-unwell')), source: SOURCES.cellulitis, hazard: 'HAZ-03' }),
    rule({ id: 'rs-cellulitis', disposition: 'practice-today', when: all(other, yes('skin-hot-spreading')), source: SOURCES.cellulitis, hazard: 'HAZ-13' }),
    // Pharmacy First exclusions that need a prescriber today.
    rule({
      id: 'rs-impetigo-widespread',
      disposition: 'practice-today',
      when: all(impetigo, any(ticked('impetigo-patches', 'more-than-4'), ticked('impetigo-patches', 'widespread'), yes('generally-unwell'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({ id: 'rs-shingles-pregnant', disposition: 'practice-today', when: all(shingles, female, yes('pregnant')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'rs-shingles-weak-immune', disposition: 'practice-today', when: all(shingles, yes('weak-immune')), source: SOURCES.shingles, hazard: 'HAZ-14' }),
    rule({ id: 'rs-shingles-under-18', disposition: 'practice-today', when: all(shingles, ageUpTo(17)), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'rs-under-1', disposition: 'practice-today', when: all(any(all(bite, yes('bite-infected')), impetigo), ageUpTo(0)), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    // Pharmacy First: infected insect bite 1+, impetigo 1+, shingles 18+.
    rule({
      id: 'rs-pharmacy-bite',
      disposition: 'pharmacy',
      pharmacyCondition: 'infected-insect-bite',
      when: all(bite, yes('bite-infected'), ageFrom(1)),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({
      id: 'rs-pharmacy-impetigo',
      disposition: 'pharmacy',
      pharmacyCondition: 'impetigo',
      when: all(impetigo, ageFrom(1), ticked('impetigo-patches', 'up-to-4'), not(yes('generally-unwell'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({
      id: 'rs-pharmacy-shingles',
      disposition: 'pharmacy',
      pharmacyCondition: 'shingles',
      when: all(shingles, ageFrom(18), ticked('shingles-days', 'up-to-7'), not(yes('pregnant')), not(yes('weak-immune'))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Shingles treatment works in the first days; after 7 days the practice can advise routinely.
    rule({ id: 'rs-shingles-late', disposition: 'routine', when: all(shingles, ticked('shingles-days', 'more-than-7')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    // Other rashes. Measles page: an urgent GP appointment or 111 if it may be measles;
    // chickenpox page: pregnant with chickenpox (or a new rash), the GP straight away.
    rule({ id: 'rs-measles', disposition: 'practice-today', when: all(other, yes('measles-signs')), source: SOURCES.measles, hazard: 'HAZ-13' }),
    rule({ id: 'rs-rash-pregnant', disposition: 'practice-today', when: all(other, female, yes('pregnant')), source: SOURCES.chickenpox, hazard: 'HAZ-09' }),
    rule({ id: 'rs-rash-very-unwell', disposition: 'practice-today', when: all(other, yes('rash-very-unwell')), source: SOURCES.rashesInChildren, hazard: 'HAZ-13' }),
    // Most rashes (chickenpox, hand, foot and mouth, slapped cheek, heat rash, hives) get better
    // on their own in days, with a pharmacist's advice; one lasting 2 weeks or more sees the GP.
    rule({
      id: 'rs-other-rash-self-care',
      disposition: 'self-care',
      when: all(other, ticked('rash-how-long', 'under-2-weeks'), not(yes('skin-hot-spreading'))),
      source: SOURCES.rashesInChildren,
      hazard: 'HAZ-18',
    }),
    // Most bites and stings that are not infected get better on their own in a few days.
    rule({ id: 'rs-bite-self-care', disposition: 'self-care', when: all(bite, not(yes('bite-infected'))), source: SOURCES.insectBites, hazard: 'HAZ-18' }),
  ],
};
