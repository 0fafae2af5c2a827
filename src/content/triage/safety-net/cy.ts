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
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['methu gweld', 'fethu gweld', 'colli fy ngolwg', 'colli ei olwg', 'colli ei golwg', 'golwg wedi mynd'],
  'chemical-eye': ['cemegyn yn fy llygad', 'cemegion yn fy llygad', 'cannydd yn fy llygad', 'asid yn fy llygad'],
  'vomit-blood-green': ['chwydu gwaed', 'cyfogi gwaed', 'chwydu gwyrdd', 'cyfog gwyrdd'],
  'testicle': ['ceilliau', 'caill', 'gaill', 'ngheilliau'],
  'cold-limb': ['coes yn oer', 'troed yn oer', 'braich yn oer', 'llaw yn oer', 'oer a gwelw', 'gwelw ac oer'],
  'face-swelling': ['wyneb wedi chwyddo', 'wyneb yn chwyddo', 'boch wedi chwyddo', 'gên wedi chwyddo', 'crawniad', 'grawniad'],
  'nosebleed': ['gwaedu o fy nhrwyn', 'trwyn yn gwaedu', "gwaedlif o'r trwyn", 'trwyn gwaedlyd'],
  'burn': ['llosg', 'losg', 'sgaldi', 'sioc drydan', 'sioc trydan'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['llipa', 'ddim yn ymateb', 'methu aros yn effro', 'fethu aros yn effro'],
  'cannot-swallow': ['methu llyncu', 'fethu llyncu', 'glafoerio', 'driflo'],
  'thunderclap': ['cur pen gwaethaf', 'pen tost gwaethaf', 'cur pen sydyn', 'pen tost sydyn'],
  'stiff-neck': ['gwddf stiff', 'gwar stiff', 'gwddf anystwyth', 'golau yn brifo'],
  'skin-colour': ['croen blotiog', 'croen llwyd', 'gwefusau glas', "troi'n las", 'gwelw iawn'],
  'cauda-equina': ['diffrwyth rhwng fy nghoesau', 'dideimlad rhwng fy nghoesau', 'methu pasio dŵr', 'fethu pasio dŵr', 'methu piso', 'ddwy goes yn wan'],
  'paracetamol': ['paracetamol', 'parasetamol', 'calpol'],
  // --- end triage-safety
};
