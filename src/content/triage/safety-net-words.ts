import type { SafetyNetWords } from '../../lib/triage/free-text-safety-net';

/**
 * Words in free text that must lead to a direct question. Phrases match at the start of
 * a word, ignoring case and accents. Welsh lists include common mutated forms (e.g.
 * "lladd" and "ladd") because the mutation changes the first letter. English is always
 * checked too. Clinical safety: adding a phrase is safe; removing one needs sign-off.
 */
export const SAFETY_NET_WORDS: SafetyNetWords = {
  questionnaireId: 'red-flag-check',
  terms: [
    {
      id: 'suicide',
      ask: ['acted-on-suicidal-thoughts', 'suicidal-thoughts-now'],
      phrases: {
        en: ['suicid', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all', 'want to die', 'better off dead', 'no reason to live', 'take my own life', 'self harm', 'self-harm', 'selfharm', 'harm myself', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'overdos', 'took too many'],
        cy: ['hunanladd', 'lladd fy hun', 'ladd fy hun', 'lladd fy hunan', 'ladd fy hunan', 'diweddu fy mywyd', 'dod a fy mywyd i ben', 'eisiau marw', 'isio marw', 'moyn marw', 'hunan-niweidio', 'hunan niweidio', 'hunanniweidio', 'niweidio fy hun', 'brifo fy hun', 'anafu fy hun', 'torri fy hun', 'gorddos'],
      },
    },
    {
      id: 'chest-pain',
      ask: ['chest-pain-now'],
      phrases: {
        en: ['chest pain', 'pain in my chest', 'pain in chest', 'chest tight', 'tight chest', 'tightness in my chest', 'crushing', 'heart attack'],
        cy: ['poen yn y frest', 'boen yn y frest', 'phoen yn y frest', 'mhoen yn y frest', 'poen yn fy mrest', 'boen yn fy mrest', 'poen yn y fron', 'boen yn y fron', 'poen brest', 'brest yn dynn', 'tyndra yn y frest', 'trawiad ar y galon', 'drawiad ar y galon'],
      },
    },
    {
      id: 'breathing',
      ask: ['struggling-to-breathe'],
      phrases: {
        en: ["can't breathe", 'cant breathe', 'cannot breathe', 'struggling to breathe', 'short of breath', 'breathless', 'choking', 'gasping'],
        cy: ['methu anadlu', 'fethu anadlu', 'cael trafferth anadlu', 'anodd anadlu', 'brin o anadl', 'prin o anadl', 'tagu', 'dagu', 'diffyg anadl'],
      },
    },
    {
      id: 'stroke',
      ask: ['stroke-signs'],
      phrases: {
        en: ['stroke', 'face drooping', 'face dropped', 'slurred', 'cannot lift my arm', "can't lift my arm", 'arm weak'],
        cy: ['strôc', 'wyneb wedi disgyn', 'wyneb yn disgyn', 'lleferydd aneglur', 'methu codi fy mraich', 'braich wan'],
      },
    },
    {
      id: 'bleeding',
      ask: ['heavy-bleeding'],
      phrases: {
        en: ['bleeding heavily', 'heavy bleeding', 'lots of blood', "won't stop bleeding", 'wont stop bleeding', 'pouring blood', 'vomiting blood', 'coughing up blood'],
        cy: ['gwaedu yn drwm', 'gwaedu trwm', 'waedu yn drwm', 'llawer o waed', 'gwaed yn pistyllio', 'chwydu gwaed', 'pesychu gwaed', 'peswch gwaed'],
      },
    },
    {
      id: 'seizure',
      ask: ['seizure-or-unconscious'],
      phrases: {
        en: ['seizure', 'fitting', 'having a fit', 'had a fit', 'convuls', 'unconscious', 'passed out', 'collapsed', "won't wake", 'wont wake'],
        cy: ['trawiad', 'ffit', 'confylsiwn', 'anymwybodol', 'llewygu', 'lewygu', 'wedi llewygu', 'wedi syrthio', 'methu deffro'],
      },
    },
    {
      id: 'allergy',
      ask: ['swelling-lips-throat'],
      phrases: {
        en: ['anaphyla', 'swollen lips', 'swollen tongue', 'swollen throat', 'throat closing', 'lips swelling', 'tongue swelling'],
        cy: ['anaffylacsis', 'gwefusau wedi chwyddo', 'tafod wedi chwyddo', 'gwddf wedi chwyddo', 'gwefusau yn chwyddo', 'chwyddo yn y gwddf'],
      },
    },
    {
      id: 'sepsis-rash',
      ask: ['rash-not-fading'],
      phrases: {
        en: ['sepsis', 'meningitis', 'rash that does not fade', "rash doesn't fade", 'glass test'],
        cy: ['sepsis', 'llid yr ymennydd', 'brech sydd ddim yn pylu', 'brech ddim yn diflannu', 'prawf gwydr'],
      },
    },
  ],
};
