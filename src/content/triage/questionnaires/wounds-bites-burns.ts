import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, isCode, not, oneOf, rule, rulePerOption, ticked, tickedAny, yes, yesNo } from '../build';
import type { ItemOptions } from '../build';
import { SOURCES } from '../sources';

/**
 * Cuts and wounds, animal and human bites, insect bites and stings, and burns and scalds,
 * for all ages. An infected insect bite is a Pharmacy First condition from the age of 1.
 */
const ID = 'wounds-bites-burns';
const ALLERGY = ['breathing', 'swelling', 'swallowing', 'dizzy-faint', 'fast-heartbeat', 'being-sick'] as const;
const WOUND_AE = ['large-deep', 'face-head', 'numb-cannot-move', 'something-stuck', 'palm-infected', 'part-torn-off'] as const;
const BITE_111 = ['dirt-in-bite', 'hot-swollen-leaking', 'high-temperature', 'hands-feet', 'person'] as const;
const BURN_AE = ['chemical-electrical', 'bigger-than-hand', 'white-charred', 'blisters-face-hands-feet-genitals', 'smoke'] as const;
const INSECT_URGENT = ['mouth-throat-eye', 'spreading-unwell'] as const;
const INSECT_INFECTED = ['large-red-swollen', 'pus-worse'] as const;
const INSECT_EXCLUSIONS = ['abroad', 'tick', 'weak-immune'] as const;

const kind = (code: string) => ticked('kind', code);
const when = (...codes: string[]): ItemOptions => ({ enableWhen: codes.map((c) => isCode('kind', c)), enableBehavior: 'any' });
const woundOrBite = any(kind('cut'), kind('animal-bite'));
const infectedBite = all(kind('insect'), tickedAny('insect-infected', INSECT_INFECTED));

export const woundsBitesBurns: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    oneOf(ID, 'kind', ['cut', 'animal-bite', 'insect', 'burn']),
    anyOf(ID, 'allergy', ALLERGY, when('insect')),
    yesNo(ID, 'bleeding-will-not-stop', { hint: true, ...when('cut', 'animal-bite') }),
    anyOf(ID, 'wound-ae', WOUND_AE, when('cut', 'animal-bite')),
    anyOf(ID, 'burn-ae', BURN_AE, when('burn')),
    yesNo(ID, 'tetanus-signs', when('cut', 'animal-bite', 'burn')),
    anyOf(ID, 'bite-111', BITE_111, when('animal-bite')),
    anyOf(ID, 'insect-urgent', INSECT_URGENT, when('insect')),
    yesNo(ID, 'wound-infected', { hint: true, ...when('cut', 'burn') }),
    yesNo(ID, 'burn-at-risk', { hint: true, ...when('burn') }),
    yesNo(ID, 'tetanus-risk', { hint: true, ...when('cut', 'animal-bite', 'burn') }),
    anyOf(ID, 'insect-infected', INSECT_INFECTED, when('insect')),
    anyOf(ID, 'insect-exclusions', INSECT_EXCLUSIONS, when('insect')),
  ],
  rules: [
    // Insect bites and stings page, anaphylaxis page: call 999.
    ...rulePerOption(
      'allergy',
      ALLERGY.map((code) => ({ code, id: `wb-allergy-${code}`, disposition: 'call-999' as const, source: SOURCES.insectBites, hazard: 'HAZ-05' as const })),
    ),
    // Cuts and grazes, and bites pages: go to A&E if the bleeding cannot be stopped.
    rule({ id: 'wb-bleeding', disposition: 'go-to-ae', when: all(woundOrBite, yes('bleeding-will-not-stop')), source: SOURCES.cutsAndGrazes, hazard: 'HAZ-06' }),
    ...rulePerOption(
      'wound-ae',
      WOUND_AE.map((code) => ({ code, id: `wb-wound-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.cutsAndGrazes, hazard: 'HAZ-36' as const })),
    ),
    // Burns and scalds page: go to A&E.
    ...rulePerOption(
      'burn-ae',
      BURN_AE.map((code) => ({ code, id: `wb-burn-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.burns, hazard: 'HAZ-06' as const })),
    ),
    // Tetanus: go to A&E or call 999 for severe muscle stiffness or spasms.
    rule({ id: 'wb-tetanus-signs', disposition: 'go-to-ae', when: yes('tetanus-signs'), source: SOURCES.tetanus, hazard: 'HAZ-36' }),
    // Bites page: get help from 111.
    rule({ id: 'wb-bite-111', disposition: 'call-111', when: all(kind('animal-bite'), tickedAny('bite-111', BITE_111)), source: SOURCES.animalBites, hazard: 'HAZ-36' }),
    // Insect bites page: urgent GP or 111 for a bite in the mouth, throat or near the eye, or a
    // spreading infection (high temperature, swollen glands, flu-like) — not Pharmacy First.
    ...rulePerOption(
      'insect-urgent',
      INSECT_URGENT.map((code) => ({ code, id: `wb-insect-${code}`, disposition: 'practice-today' as const, source: SOURCES.insectBites, hazard: 'HAZ-36' as const })),
    ),
    // Cuts and grazes page: an infected wound needs treatment (111, or the practice).
    rule({ id: 'wb-wound-infected', disposition: 'practice-today', when: all(any(kind('cut'), kind('burn')), yes('wound-infected')), source: SOURCES.cutsAndGrazes, hazard: 'HAZ-36' }),
    // Burns page: under 5s, over 60s, pregnancy, diabetes, heart, lung or liver disease, or a
    // weak immune system are at greater risk from a burn.
    rule({
      id: 'wb-burn-at-risk',
      disposition: 'practice-today',
      when: all(kind('burn'), any(yes('burn-at-risk'), ageUpTo(4), ageFrom(61))),
      source: SOURCES.burns,
      hazard: 'HAZ-36',
    }),
    // Tetanus page: see a GP or contact 111 for a deep or dirty wound without all 5 tetanus jabs.
    rule({ id: 'wb-tetanus-risk', disposition: 'practice-today', when: yes('tetanus-risk'), source: SOURCES.tetanus, hazard: 'HAZ-36' }),
    // Pharmacy First exclusions for an infected insect bite: under 1, bitten abroad, a weak immune system.
    rule({
      id: 'wb-insect-excluded',
      disposition: 'practice-today',
      when: all(infectedBite, any(ageUpTo(0), tickedAny('insect-exclusions', ['abroad', 'weak-immune']))),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Pharmacy First infected insect bite: 1 and over.
    rule({
      id: 'wb-pharmacy-insect-bite',
      disposition: 'pharmacy',
      pharmacyCondition: 'infected-insect-bite',
      when: all(
        ageFrom(1),
        infectedBite,
        not(tickedAny('insect-urgent', INSECT_URGENT)),
        not(tickedAny('insect-exclusions', INSECT_EXCLUSIONS)),
      ),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Lyme disease: a tick bite with a spreading rash or feeling unwell is for a GP.
    rule({ id: 'wb-tick', disposition: 'routine', when: all(kind('insect'), ticked('insect-exclusions', 'tick')), source: SOURCES.insectBites, hazard: 'HAZ-18' }),
    // Most small cuts, minor burns and bites or stings that are not infected get better with first aid.
    rule({
      id: 'wb-self-care',
      disposition: 'self-care',
      when: all(
        any(kind('cut'), kind('burn'), kind('insect')),
        not(infectedBite),
        not(ticked('insect-exclusions', 'tick')),
      ),
      source: SOURCES.cutsAndGrazes,
      hazard: 'HAZ-18',
    }),
  ],
};
