import type { SafetyNetPhrases } from './types';

/** Welsh phrases, with common mutated forms ("lladd" and "ladd"): a mutation changes the first letter. */
export const phrases: SafetyNetPhrases = {
  'suicide': ['hunanladd', 'lladd fy hun', 'ladd fy hun', 'lladd fy hunan', 'ladd fy hunan', 'diweddu fy mywyd', 'dod a fy mywyd i ben', 'eisiau marw', 'isio marw', 'moyn marw', 'hunan-niweidio', 'hunan niweidio', 'hunanniweidio', 'niweidio fy hun', 'brifo fy hun', 'anafu fy hun', 'torri fy hun', 'gorddos'],
  'chest-pain': ['poen yn y frest', 'boen yn y frest', 'phoen yn y frest', 'mhoen yn y frest', 'poen yn fy mrest', 'boen yn fy mrest', 'poen yn y fron', 'boen yn y fron', 'poen brest', 'brest yn dynn', 'tyndra yn y frest', 'trawiad ar y galon', 'drawiad ar y galon'],
  'breathing': ['methu anadlu', 'fethu anadlu', 'cael trafferth anadlu', 'anodd anadlu', 'brin o anadl', 'prin o anadl', 'tagu', 'dagu', 'diffyg anadl'],
  'stroke': ['strôc', 'wyneb wedi disgyn', 'wyneb yn disgyn', 'lleferydd aneglur', 'methu codi fy mraich', 'braich wan'],
  'bleeding': ['gwaedu yn drwm', 'gwaedu trwm', 'waedu yn drwm', 'llawer o waed', 'gwaed yn pistyllio', 'chwydu gwaed', 'pesychu gwaed', 'peswch gwaed'],
  'seizure': ['trawiad', 'ffit', 'confylsiwn', 'anymwybodol', 'llewygu', 'lewygu', 'wedi llewygu', 'wedi syrthio', 'methu deffro'],
  'allergy': ['anaffylacsis', 'gwefusau wedi chwyddo', 'tafod wedi chwyddo', 'gwddf wedi chwyddo', 'gwefusau yn chwyddo', 'chwyddo yn y gwddf'],
  'sepsis-rash': ['sepsis', 'llid yr ymennydd', 'brech sydd ddim yn pylu', 'brech ddim yn diflannu', 'prawf gwydr'],
  // --- Topics A (branch topics-a): English words only so far; English is checked in every
  // language. Needs this language's own words from its translators.
  'sight-loss': [],
  'chemical-eye': [],
  'vomit-blood-green': [],
  'testicle': [],
  'cold-limb': [],
  'face-swelling': [],
  'nosebleed': [],
  'burn': [],
  // --- end Topics A
};
