import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { rule, yes, yesNo, type ItemOptions } from '../build';
import { SOURCES } from '../sources';

/**
 * Direct questions asked when free text contains a worrying word. The app asks only
 * the ones freeTextSafetyNet names, so none is required here; the app requires an
 * answer to each one it shows. Each carries the qualifiers of its source, so a "yes"
 * means the red flag the source sends to 999.
 */
const ID = 'red-flag-check';
const ask = (linkId: string, options: Omit<ItemOptions, 'required'> = {}) => yesNo(ID, linkId, { ...options, required: false });
/** The sepsis page's signs for under 5s, and a baby's soft spot, are asked only at those ages. */
const UNDER_5 = { forPatient: { age: { max: 4 } } };
const SOFT_SPOT_AGES = { forPatient: { age: { max: 1 } } };

export const redFlagCheck: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    ask('acted-on-suicidal-thoughts'),
    ask('chest-pain-now'),
    ask('struggling-to-breathe'),
    ask('stroke-signs'),
    ask('heavy-bleeding'),
    ask('seizure-or-unconscious'),
    ask('swelling-lips-throat'),
    ask('rash-not-fading'),
    // --- triage-safety (branch triage-safety): more 999 red flags from the 999 and condition pages.
    ask('floppy-or-not-responding'),
    ask('cannot-swallow-saliva'),
    ask('sudden-worst-headache'),
    ask('fever-stiff-neck'),
    ask('skin-blue-grey-blotchy'),
    // --- end triage-safety
    // --- topics-b gaps (issue 12): the red flags of falls and head injury, fainting,
    // palpitations, numbness, babies, joints and skin, for words typed in any language.
    ask('palpitations-now-with-signs'),
    ask('head-injury-999-signs', { hint: true }),
    ask('fallen-cannot-get-up'),
    ask('bone-through-skin'),
    ask('fit-first-or-long', { hint: true }),
    ask('weak-high-pitched-cry', UNDER_5),
    // --- end topics-b gaps
    // --- Topics A (branch topics-a): A&E red flags, after the 999 ones and before the 111 one.
    ask('sudden-sight-loss'),
    ask('chemical-in-eye'),
    ask('vomiting-blood-or-green'),
    ask('testicle-sudden-pain'),
    ask('cold-pale-limb'),
    ask('swelling-eye-neck'),
    ask('nosebleed-will-not-stop'),
    ask('serious-burn'),
    // --- end Topics A
    // --- triage-safety: A&E red flags.
    ask('cauda-equina-signs'),
    ask('paracetamol-overdose'),
    // --- end triage-safety
    // --- topics-b gaps: A&E, then 111 and the GP the same day.
    ask('head-injury-ae-signs', { hint: true }),
    ask('broken-bone-signs', { hint: true }),
    ask('fainted-heart-signs'),
    ask('stroke-signs-passed'),
    ask('weakness-spreading-quickly'),
    ask('bulging-soft-spot', SOFT_SPOT_AGES),
    ask('not-feeding-no-wee', UNDER_5),
    ask('hot-joint-fever'),
    ask('leg-clot-signs'),
    ask('skin-hot-spreading-fever'),
    ask('eczema-painful-blisters'),
    // --- end topics-b gaps
    ask('suicidal-thoughts-now'),
  ],
  rules: [
    rule({
      id: 'rf-acted-on-suicidal-thoughts',
      disposition: 'call-999',
      outcome: 'mental-health-999',
      when: yes('acted-on-suicidal-thoughts'),
      source: SOURCES.call999,
      hazard: 'HAZ-15',
    }),
    rule({ id: 'rf-chest-pain', disposition: 'call-999', when: yes('chest-pain-now'), source: SOURCES.heartAttack, hazard: 'HAZ-15' }),
    rule({ id: 'rf-breathing', disposition: 'call-999', when: yes('struggling-to-breathe'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-stroke', disposition: 'call-999', when: yes('stroke-signs'), source: SOURCES.stroke, hazard: 'HAZ-15' }),
    rule({ id: 'rf-heavy-bleeding', disposition: 'call-999', when: yes('heavy-bleeding'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-seizure', disposition: 'call-999', when: yes('seizure-or-unconscious'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-swelling', disposition: 'call-999', when: yes('swelling-lips-throat'), source: SOURCES.anaphylaxis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-rash', disposition: 'call-999', when: yes('rash-not-fading'), source: SOURCES.sepsis, hazard: 'HAZ-15' }),
    // --- triage-safety (branch triage-safety)
    rule({ id: 'rf-floppy', disposition: 'call-999', when: yes('floppy-or-not-responding'), source: SOURCES.call999, hazard: 'HAZ-15' }),
    rule({ id: 'rf-cannot-swallow', disposition: 'call-999', when: yes('cannot-swallow-saliva'), source: SOURCES.soreThroat, hazard: 'HAZ-15' }),
    rule({ id: 'rf-sudden-worst-headache', disposition: 'call-999', when: yes('sudden-worst-headache'), source: SOURCES.headaches, hazard: 'HAZ-15' }),
    rule({ id: 'rf-fever-stiff-neck', disposition: 'call-999', when: yes('fever-stiff-neck'), source: SOURCES.meningitis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-skin-colour', disposition: 'call-999', when: yes('skin-blue-grey-blotchy'), source: SOURCES.sepsis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-cauda-equina', disposition: 'go-to-ae', when: yes('cauda-equina-signs'), source: SOURCES.backPain, hazard: 'HAZ-15' }),
    // Paracetamol page: go to A&E after more than the maximum dose, even when feeling well.
    rule({ id: 'rf-paracetamol-overdose', disposition: 'go-to-ae', when: yes('paracetamol-overdose'), source: SOURCES.paracetamolAdults, hazard: 'HAZ-15' }),
    // --- end triage-safety
    // --- Topics A (branch topics-a): each goes where its topic's rule goes (A&E), so words
    // typed after "Something else" reach the same outcome as the topic's own question.
    rule({ id: 'rf-sudden-sight-loss', disposition: 'go-to-ae', when: yes('sudden-sight-loss'), source: SOURCES.visionLoss, hazard: 'HAZ-15' }),
    rule({ id: 'rf-chemical-in-eye', disposition: 'go-to-ae', when: yes('chemical-in-eye'), source: SOURCES.eyeInjuries, hazard: 'HAZ-15' }),
    rule({ id: 'rf-vomiting-blood-or-green', disposition: 'go-to-ae', when: yes('vomiting-blood-or-green'), source: SOURCES.diarrhoeaVomiting, hazard: 'HAZ-15' }),
    rule({ id: 'rf-testicle-sudden-pain', disposition: 'go-to-ae', when: yes('testicle-sudden-pain'), source: SOURCES.testiclePain, hazard: 'HAZ-15' }),
    rule({ id: 'rf-cold-pale-limb', disposition: 'go-to-ae', when: yes('cold-pale-limb'), source: SOURCES.peripheralArterialDisease, hazard: 'HAZ-15' }),
    rule({ id: 'rf-swelling-eye-neck', disposition: 'go-to-ae', when: yes('swelling-eye-neck'), source: SOURCES.dentalAbscess, hazard: 'HAZ-15' }),
    rule({ id: 'rf-nosebleed', disposition: 'go-to-ae', when: yes('nosebleed-will-not-stop'), source: SOURCES.nosebleed, hazard: 'HAZ-15' }),
    rule({ id: 'rf-serious-burn', disposition: 'go-to-ae', when: yes('serious-burn'), source: SOURCES.burns, hazard: 'HAZ-15' }),
    // --- end Topics A
    // --- topics-b gaps: each goes where its topic's own question goes.
    rule({ id: 'rf-palpitations-now', disposition: 'call-999', when: yes('palpitations-now-with-signs'), source: SOURCES.heartPalpitations, hazard: 'HAZ-15' }),
    rule({ id: 'rf-head-injury-999', disposition: 'call-999', when: yes('head-injury-999-signs'), source: SOURCES.headInjury, hazard: 'HAZ-15' }),
    // Falls page: someone hurt or unable to get up after a fall needs an ambulance.
    rule({ id: 'rf-fallen-cannot-get-up', disposition: 'call-999', when: yes('fallen-cannot-get-up'), source: SOURCES.falls, hazard: 'HAZ-15' }),
    rule({ id: 'rf-bone-through-skin', disposition: 'call-999', when: yes('bone-through-skin'), source: SOURCES.brokenLeg, hazard: 'HAZ-15' }),
    // A first fit, one over 5 minutes, or one they have not come round from: call 999.
    rule({ id: 'rf-fit-first-or-long', disposition: 'call-999', when: yes('fit-first-or-long'), source: SOURCES.seizureFirstAid, hazard: 'HAZ-15' }),
    rule({ id: 'rf-weak-high-pitched-cry', disposition: 'call-999', when: yes('weak-high-pitched-cry'), source: SOURCES.sepsis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-head-injury-ae', disposition: 'go-to-ae', when: yes('head-injury-ae-signs'), source: SOURCES.headInjury, hazard: 'HAZ-15' }),
    rule({ id: 'rf-broken-bone', disposition: 'go-to-ae', when: yes('broken-bone-signs'), source: SOURCES.sprains, hazard: 'HAZ-15' }),
    rule({ id: 'rf-fainted-heart-signs', disposition: 'go-to-ae', when: yes('fainted-heart-signs'), source: SOURCES.blackoutsCks, hazard: 'HAZ-15' }),
    // TIA page: get help even when the signs have gone (A&E in the last 7 days, as the numbness topic).
    rule({ id: 'rf-stroke-signs-passed', disposition: 'go-to-ae', when: yes('stroke-signs-passed'), source: SOURCES.tia, hazard: 'HAZ-15' }),
    rule({ id: 'rf-weakness-spreading', disposition: 'go-to-ae', when: yes('weakness-spreading-quickly'), source: SOURCES.guillainBarre, hazard: 'HAZ-15' }),
    rule({ id: 'rf-bulging-soft-spot', disposition: 'go-to-ae', when: yes('bulging-soft-spot'), source: SOURCES.feverChildren, hazard: 'HAZ-15' }),
    rule({ id: 'rf-not-feeding-no-wee', disposition: 'call-111', when: yes('not-feeding-no-wee'), source: SOURCES.sepsis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-hot-joint-fever', disposition: 'call-111', when: yes('hot-joint-fever'), source: SOURCES.jointPain, hazard: 'HAZ-15' }),
    rule({ id: 'rf-leg-clot', disposition: 'call-111', when: yes('leg-clot-signs'), source: SOURCES.dvt, hazard: 'HAZ-15' }),
    rule({ id: 'rf-skin-hot-spreading-fever', disposition: 'call-111', when: yes('skin-hot-spreading-fever'), source: SOURCES.cellulitis, hazard: 'HAZ-15' }),
    rule({ id: 'rf-eczema-painful-blisters', disposition: 'call-111', when: yes('eczema-painful-blisters'), source: SOURCES.atopicEczema, hazard: 'HAZ-15' }),
    // --- end topics-b gaps
    rule({
      id: 'rf-suicidal-thoughts-now',
      disposition: 'call-111',
      outcome: 'mental-health-111',
      when: yes('suicidal-thoughts-now'),
      source: SOURCES.mentalHealthCrisis,
      hazard: 'HAZ-15',
    }),
  ],
};
