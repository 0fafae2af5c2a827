import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, female, isCode, not, oneOf, rule, rulePerOption, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Nose, sinuses and hay fever, for all ages: a nosebleed that will not stop, sinusitis
 * (Pharmacy First from 12, with its exclusions) and its rare spread to the eye or brain,
 * and hay fever (self-care and a pharmacist).
 */
const ID = 'nose-sinuses';
const NOSEBLEED_AE = ['over-15-minutes', 'heavy', 'swallowing-blood', 'after-head-injury', 'weak-dizzy', 'breathing'] as const;
const NOSEBLEED_GP = ['often', 'anaemia', 'blood-thinners', 'clotting-condition'] as const;
const SINUS_SERIOUS = ['eye-swelling', 'sight-changes', 'severe-headache', 'confused', 'stiff-neck'] as const;
const HAY_FEVER_GP = ['not-helped', 'wheeze'] as const;
const nosebleed = ticked('problem', 'nosebleed');
const sinus = ticked('problem', 'sinus');
const hayFever = ticked('problem', 'hay-fever');
/** Pharmacy First sinusitis exclusions: a weak immune system, 12 weeks or more, pregnant under 16. */
const sinusExcluded = any(yes('weak-immune'), ticked('sinus-how-long', '12-weeks-or-more'), yes('pregnant'));

export const noseSinuses: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    oneOf(ID, 'problem', ['nosebleed', 'sinus', 'hay-fever', 'other'], { hint: true }),
    anyOf(ID, 'nosebleed-ae', NOSEBLEED_AE, { enableWhen: [isCode('problem', 'nosebleed')] }),
    anyOf(ID, 'sinus-serious', SINUS_SERIOUS, { enableWhen: [isCode('problem', 'sinus'), isCode('problem', 'other')], enableBehavior: 'any' }),
    anyOf(ID, 'nosebleed-gp', NOSEBLEED_GP, { enableWhen: [isCode('problem', 'nosebleed')] }),
    yesNo(ID, 'weak-immune', { hint: true, enableWhen: [isCode('problem', 'sinus')] }),
    yesNo(ID, 'pregnant', { enableWhen: [isCode('problem', 'sinus')], forPatient: { sex: 'female', age: { min: 12, max: 15 } } }),
    oneOf(ID, 'sinus-how-long', ['under-10-days', '10-days-to-12-weeks', '12-weeks-or-more'], { enableWhen: [isCode('problem', 'sinus')] }),
    anyOf(ID, 'hay-fever-gp', HAY_FEVER_GP, { enableWhen: [isCode('problem', 'hay-fever')] }),
  ],
  rules: [
    // Nosebleed page: go to A&E.
    ...rulePerOption(
      'nosebleed-ae',
      NOSEBLEED_AE.map((code) => ({ code, id: `ns-nosebleed-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.nosebleed, hazard: 'HAZ-06' as const })),
    ),
    // Swelling around the eye, changes to sight, a severe headache, confusion or a stiff neck:
    // the infection may have spread to the eye socket or the brain. NICE CKS sinusitis says to
    // admit to hospital at once (the NHS.UK sinusitis page: call 999 or go to A&E).
    ...rulePerOption(
      'sinus-serious',
      SINUS_SERIOUS.map((code) => ({ code, id: `ns-sinus-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.sinusitisCks, hazard: 'HAZ-03' as const })),
    ),
    // Those excluded from Pharmacy First see the practice: today with a weak immune system or
    // in pregnancy under 16; routinely after 12 weeks (chronic sinusitis).
    rule({ id: 'ns-sinus-weak-immune', disposition: 'practice-today', when: all(sinus, yes('weak-immune')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ns-sinus-pregnant-under-16', disposition: 'practice-today', when: all(sinus, female, ageUpTo(15), yes('pregnant')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ns-sinus-12-weeks', disposition: 'routine', when: all(sinus, ticked('sinus-how-long', '12-weeks-or-more')), source: SOURCES.sinusitis, hazard: 'HAZ-14' }),
    // Pharmacy First acute sinusitis: 12 and over.
    rule({
      id: 'ns-pharmacy-sinusitis',
      disposition: 'pharmacy',
      pharmacyCondition: 'sinusitis',
      when: all(ageFrom(12), sinus, tickedAny('sinus-how-long', ['under-10-days', '10-days-to-12-weeks']), not(sinusExcluded)),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    // Under 12: sinusitis usually clears on its own; see a GP if it has not after 10 days.
    rule({ id: 'ns-sinus-child-long', disposition: 'routine', when: all(sinus, ageUpTo(11), ticked('sinus-how-long', '10-days-to-12-weeks')), source: SOURCES.sinusitis, hazard: 'HAZ-14' }),
    rule({ id: 'ns-sinus-child-self-care', disposition: 'self-care', when: all(sinus, ageUpTo(11), ticked('sinus-how-long', 'under-10-days')), source: SOURCES.sinusitis, hazard: 'HAZ-18' }),
    // Nosebleed page: see a GP for a child under 2, frequent nosebleeds, signs of anaemia, blood thinners or a clotting condition.
    rule({ id: 'ns-nosebleed-see-gp', disposition: 'routine', when: all(nosebleed, any(tickedAny('nosebleed-gp', NOSEBLEED_GP), ageUpTo(1))), source: SOURCES.nosebleed, hazard: 'HAZ-18' }),
    rule({ id: 'ns-nosebleed-self-care', disposition: 'self-care', when: all(nosebleed, ageFrom(2)), source: SOURCES.nosebleed, hazard: 'HAZ-18' }),
    // Hay fever page: a pharmacist first; see a GP if medicines have not helped.
    rule({ id: 'ns-hay-fever-see-gp', disposition: 'routine', when: all(hayFever, tickedAny('hay-fever-gp', HAY_FEVER_GP)), source: SOURCES.hayFever, hazard: 'HAZ-18' }),
    rule({ id: 'ns-hay-fever-self-care', disposition: 'self-care', when: hayFever, source: SOURCES.hayFever, hazard: 'HAZ-18' }),
  ],
};
