import type { SafetyNetWords } from '../../domain/triage/free-text-safety-net';
import type { SafetyNetPhrases, SafetyNetTermId } from './safety-net/types';

/**
 * Words in free text that must lead to a direct question. Phrases match at the start of
 * a word, ignoring case and accents; each language's phrases live in
 * `safety-net/<language>.ts`. English is always checked too. Clinical safety: adding a
 * phrase is safe; removing one needs sign-off.
 */
const TERMS: readonly { id: SafetyNetTermId; ask: readonly string[] }[] = [
  { id: 'suicide', ask: ['acted-on-suicidal-thoughts', 'suicidal-thoughts-now'] },
  { id: 'chest-pain', ask: ['chest-pain-now'] },
  { id: 'breathing', ask: ['struggling-to-breathe'] },
  // Signs that came and went are a TIA: A&E even when they have gone (TIA page).
  { id: 'stroke', ask: ['stroke-signs', 'stroke-signs-passed'] },
  { id: 'bleeding', ask: ['heavy-bleeding'] },
  { id: 'seizure', ask: ['seizure-or-unconscious', 'fit-first-or-long'] },
  { id: 'allergy', ask: ['swelling-lips-throat'] },
  { id: 'sepsis-rash', ask: ['rash-not-fading'] },
  // --- Topics A (branch topics-a)
  { id: 'sight-loss', ask: ['sudden-sight-loss'] },
  { id: 'chemical-eye', ask: ['chemical-in-eye'] },
  { id: 'vomit-blood-green', ask: ['vomiting-blood-or-green'] },
  { id: 'testicle', ask: ['testicle-sudden-pain'] },
  { id: 'cold-limb', ask: ['cold-pale-limb'] },
  { id: 'face-swelling', ask: ['swelling-eye-neck'] },
  { id: 'nosebleed', ask: ['nosebleed-will-not-stop'] },
  { id: 'burn', ask: ['serious-burn'] },
  // --- end Topics A
  // --- triage-safety (branch triage-safety)
  { id: 'floppy', ask: ['floppy-or-not-responding'] },
  { id: 'cannot-swallow', ask: ['cannot-swallow-saliva'] },
  { id: 'thunderclap', ask: ['sudden-worst-headache'] },
  { id: 'stiff-neck', ask: ['fever-stiff-neck'] },
  { id: 'skin-colour', ask: ['skin-blue-grey-blotchy'] },
  { id: 'cauda-equina', ask: ['cauda-equina-signs'] },
  { id: 'paracetamol', ask: ['paracetamol-overdose'] },
  // --- end triage-safety
  // --- topics-b gaps (issue 12): the red flags of the newest topics.
  { id: 'head-injury', ask: ['head-injury-999-signs', 'head-injury-ae-signs'] },
  { id: 'fall', ask: ['fallen-cannot-get-up', 'broken-bone-signs'] },
  { id: 'broken-bone', ask: ['bone-through-skin', 'broken-bone-signs'] },
  // Dizziness or fainting with chest pain is the heart attack page's; with a racing heart or on exercise, A&E.
  { id: 'fainted', ask: ['chest-pain-now', 'fainted-heart-signs'] },
  { id: 'palpitations', ask: ['palpitations-now-with-signs'] },
  { id: 'numbness', ask: ['stroke-signs', 'stroke-signs-passed', 'weakness-spreading-quickly'] },
  { id: 'weak-cry', ask: ['weak-high-pitched-cry'] },
  { id: 'soft-spot', ask: ['bulging-soft-spot'] },
  { id: 'not-feeding', ask: ['not-feeding-no-wee'] },
  { id: 'hot-joint', ask: ['hot-joint-fever'] },
  { id: 'leg-clot', ask: ['leg-clot-signs'] },
  { id: 'skin-spreading', ask: ['skin-hot-spreading-fever'] },
  { id: 'eczema', ask: ['eczema-painful-blisters'] },
  // --- end topics-b gaps
];

/** The words to look for, from each language's phrase list. */
export function safetyNetWords(byLanguage: Readonly<Record<string, SafetyNetPhrases>>): SafetyNetWords {
  return {
    questionnaireId: 'red-flag-check',
    terms: TERMS.map(({ id, ask }) => ({
      id,
      ask,
      phrases: Object.fromEntries(Object.entries(byLanguage).map(([language, phrases]) => [language, phrases[id]])),
    })),
  };
}
