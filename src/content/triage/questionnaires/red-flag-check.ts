import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { rule, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Direct questions asked when free text contains a worrying word. The app asks only
 * the ones freeTextSafetyNet names, so none is required here; the app requires an
 * answer to each one it shows. Each carries the qualifiers of its source, so a "yes"
 * means the red flag the source sends to 999.
 */
const ID = 'red-flag-check';
const ask = (linkId: string) => yesNo(ID, linkId, { required: false });

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
