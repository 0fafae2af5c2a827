import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, female, isCode, oneOf, rule, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Skin conditions that are not a new rash, bite or skin infection (those are `rash-skin`,
 * with impetigo, shingles and infected bites for Pharmacy First): eczema, psoriasis, acne,
 * hives, moles and itchy skin, adults and children.
 * - A rash that does not fade under a glass: 999 (sepsis page). Lips, mouth, throat or
 *   tongue swelling suddenly, or trouble breathing or swallowing: 999 (anaphylaxis page).
 * - Red, hot, swollen skin that is spreading (cellulitis): the GP the same day; with a high
 *   temperature or feeling shivery, 111 (cellulitis page).
 * - Eczema with painful blisters or open sores (eczema herpeticum), or that is hot, weeping
 *   or crusted (infected), and hives with a high temperature or swelling under the skin:
 *   an urgent GP appointment or 111 (atopic eczema and hives pages). Psoriasis that suddenly
 *   covers most of the body, or with pus-filled spots: the GP the same day (psoriasis page).
 *   Yellow skin or eyes with itching: an urgent GP appointment (jaundice page). Itching in
 *   pregnancy, worst on the hands and feet: the maternity unit now (obstetric cholestasis).
 * - A mole that has changed, bleeds or is new in an adult; eczema, psoriasis or acne that
 *   treatment is not helping; hives for more than 6 weeks; itching all over or for more
 *   than 2 weeks: a GP. Mild eczema, psoriasis, acne, hives or itching: a pharmacist's
 *   advice and care at home.
 */
const ID = 'skin-conditions';
const kind = (code: string) => ticked('kind', code);
const shownFor = (code: string) => ({ enableWhen: [isCode('kind', code)] });

/** See a GP (routine), each page's own reasons. */
const GP_SIGNS = [
  { code: 'eczema', signs: ['not-helping'], source: SOURCES.atopicEczema },
  { code: 'psoriasis', signs: ['not-helping', 'joints'], source: SOURCES.psoriasis },
  { code: 'acne', signs: ['painful-lumps', 'scars', 'not-helping', 'upset'], source: SOURCES.acne },
  { code: 'hives', signs: ['over-6-weeks'], source: SOURCES.hives },
  { code: 'itching', signs: ['all-over', 'over-2-weeks'], source: SOURCES.itchySkin },
] as const;

/** With none of its signs ticked, each condition is looked after at home with a pharmacist's advice. */
const SELF_CARE = [
  { code: 'eczema', source: SOURCES.atopicEczema },
  { code: 'psoriasis', source: SOURCES.psoriasis },
  { code: 'acne', source: SOURCES.acne },
  { code: 'hives', source: SOURCES.hives },
  { code: 'itching', source: SOURCES.itchySkin },
] as const;

export const skinConditions: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'rash-not-fading', { hint: true }),
    yesNo(ID, 'swelling-breathing'),
    oneOf(ID, 'kind', ['eczema', 'psoriasis', 'acne', 'hives', 'mole', 'itching', 'other'], { hint: true }),
    yesNo(ID, 'hot-spreading', { hint: true }),
    yesNo(ID, 'high-temperature'),
    anyOf(ID, 'eczema-signs', ['blisters', 'infected', 'not-helping'], shownFor('eczema')),
    anyOf(ID, 'psoriasis-signs', ['widespread', 'pus-spots', 'not-helping', 'joints'], shownFor('psoriasis')),
    anyOf(ID, 'acne-signs', ['painful-lumps', 'scars', 'not-helping', 'upset'], shownFor('acne')),
    anyOf(ID, 'hives-signs', ['swelling', 'over-6-weeks'], { hint: true, ...shownFor('hives') }),
    anyOf(ID, 'mole-signs', ['changed', 'bleeding', 'new'], { hint: true, ...shownFor('mole') }),
    anyOf(ID, 'itching-signs', ['yellow', 'all-over', 'over-2-weeks'], shownFor('itching')),
    yesNo(ID, 'pregnant-itching', { ...shownFor('itching'), forPatient: { sex: 'female', age: { min: 11, max: 55 } } }),
  ],
  rules: [
    rule({ id: 'sc-rash-not-fading', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.sepsis, hazard: 'HAZ-03' }),
    rule({ id: 'sc-anaphylaxis', disposition: 'call-999', when: yes('swelling-breathing'), source: SOURCES.anaphylaxis, hazard: 'HAZ-05' }),
    rule({ id: 'sc-cellulitis-unwell', disposition: 'call-111', when: all(yes('hot-spreading'), yes('high-temperature')), source: SOURCES.cellulitis, hazard: 'HAZ-03' }),
    rule({ id: 'sc-eczema-blisters', disposition: 'call-111', when: all(kind('eczema'), ticked('eczema-signs', 'blisters')), source: SOURCES.atopicEczema, hazard: 'HAZ-40' }),
    rule({ id: 'sc-hives-unwell', disposition: 'call-111', when: all(kind('hives'), yes('high-temperature')), source: SOURCES.hives, hazard: 'HAZ-05' }),
    // Obstetric cholestasis: call your midwife or maternity unit (the maternity outcome).
    rule({
      id: 'sc-pregnancy-itching',
      disposition: 'call-111',
      outcome: 'maternity-now',
      when: all(kind('itching'), female, yes('pregnant-itching')),
      source: SOURCES.pregnancyItching,
      hazard: 'HAZ-09',
    }),
    rule({ id: 'sc-cellulitis', disposition: 'practice-today', when: yes('hot-spreading'), source: SOURCES.cellulitis, hazard: 'HAZ-13' }),
    rule({
      id: 'sc-eczema-infected',
      disposition: 'practice-today',
      when: all(kind('eczema'), any(ticked('eczema-signs', 'infected'), yes('high-temperature'))),
      source: SOURCES.atopicEczema,
      hazard: 'HAZ-40',
    }),
    rule({ id: 'sc-psoriasis-flare', disposition: 'practice-today', when: all(kind('psoriasis'), tickedAny('psoriasis-signs', ['widespread', 'pus-spots'])), source: SOURCES.psoriasis, hazard: 'HAZ-40' }),
    rule({ id: 'sc-hives-swelling', disposition: 'practice-today', when: all(kind('hives'), ticked('hives-signs', 'swelling')), source: SOURCES.hives, hazard: 'HAZ-05' }),
    rule({ id: 'sc-jaundice', disposition: 'practice-today', when: all(kind('itching'), ticked('itching-signs', 'yellow')), source: SOURCES.adultJaundice, hazard: 'HAZ-13' }),
    // A GP: changed moles (the GP can refer urgently), and conditions treatment is not helping.
    rule({ id: 'sc-mole', disposition: 'routine', when: kind('mole'), source: SOURCES.moles, hazard: 'HAZ-40' }),
    ...GP_SIGNS.map(({ code, signs, source }) =>
      rule({ id: `sc-${code}-see-gp`, disposition: 'routine', when: all(kind(code), tickedAny(`${code}-signs`, signs)), source, hazard: 'HAZ-18' }),
    ),
    // Mild eczema, psoriasis, acne, hives or itching: a pharmacist can advise; care at home.
    ...SELF_CARE.map(({ code, source }) =>
      rule({ id: `sc-${code}-self-care`, disposition: 'self-care', when: all(kind(code), ticked(`${code}-signs`, 'none')), source, hazard: 'HAZ-18' }),
    ),
  ],
};
