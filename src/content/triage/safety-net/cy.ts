import type { SafetyNetPhrases } from './types';

/** Welsh phrases, with common mutated forms ("lladd" and "ladd"): a mutation changes the first letter. */
export const phrases: SafetyNetPhrases = {
  'suicide': ['hunanladd', 'lladd fy hun', 'ladd fy hun', 'lladd fy hunan', 'ladd fy hunan', 'diweddu fy mywyd', 'dod a fy mywyd i ben', 'eisiau marw', 'isio marw', 'moyn marw', 'hunan-niweidio', 'hunan niweidio', 'hunanniweidio', 'niweidio fy hun', 'brifo fy hun', 'anafu fy hun', 'torri fy hun', 'gorddos'],
  'chest-pain': ['poen yn y frest', 'boen yn y frest', 'phoen yn y frest', 'mhoen yn y frest', 'poen yn fy mrest', 'boen yn fy mrest', 'poen yn y fron', 'boen yn y fron', 'poen brest', 'brest yn dynn', 'tyndra yn y frest', 'trawiad ar y galon', 'drawiad ar y galon'],
  'breathing': ['methu anadlu', 'fethu anadlu', 'cael trafferth anadlu', 'anodd anadlu', 'brin o anadl', 'prin o anadl', 'tagu', 'dagu', 'diffyg anadl'],
  'stroke': ['strôc', 'wyneb wedi disgyn', 'wyneb yn disgyn', 'lleferydd aneglur', 'methu codi fy mraich', 'braich wan', 'tia', 'strôc fach', 'strôc fechan', 'pwl isgemig'],
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
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ["anaf i'r pen", 'anaf ir pen', "anaf i'w ben", "anaf i'w phen", 'taro fy mhen', 'taro ei ben', 'taro ei phen', 'bwrw fy mhen', 'bwrw ei ben', 'bwrw ei phen', "cnoc i'r pen", 'cnoc ar y pen', "gnoc i'r pen", "ergyd i'r pen", 'cyfergyd', 'gyfergyd'],
  'fall': ['methu codi', 'fethu codi', 'ddim yn gallu codi', 'ar y llawr ers', 'yn dal ar y llawr', 'wedi cwympo', 'wedi syrthio', 'cwymp', 'gwymp', 'syrthio', 'wedi llithro'],
  'broken-bone': ['wedi torri asgwrn', 'asgwrn wedi torri', 'asgwrn yn sticio allan', "asgwrn drwy'r croen", 'toriad', 'doriad', 'braich wedi torri', 'coes wedi torri', 'garddwrn wedi torri', 'ffêr wedi torri', 'clun wedi torri', 'methu rhoi pwysau', 'fethu rhoi pwysau', 'siâp od', 'ongl od', 'datgymal'],
  'fainted': ['llewyg', 'lewyg', 'colli ymwybyddiaeth', 'golli ymwybyddiaeth', "cwympo'n anymwybodol", 'colapsio'],
  'palpitations': ['crychguriad', 'grychguriad', 'calon yn rasio', 'nghalon yn rasio', 'calon yn curo', 'nghalon yn curo', 'calon yn neidio', 'nghalon yn neidio', 'curiad calon afreolaidd', 'curiad afreolaidd'],
  'numbness': ['diffrwyth', 'ddiffrwyth', 'dideimlad', 'ddideimlad', 'pinnau bach', 'binnau bach', 'goglais', 'gwendid', 'wendid', 'coes wan', 'goes wan', 'colli teimlad', 'golli teimlad', 'wedi fferru'],
  'weak-cry': ['cri gwan', 'crio gwan', "crio'n wan", 'llefain gwan', 'cri uchel', 'cri main', "crio'n rhyfedd", 'cri rhyfedd', 'gri gwan', 'gri uchel', 'gri main', 'gri rhyfedd'],
  'soft-spot': ['man meddal', 'fan meddal', 'ffontanel', 'chwyddo allan'],
  'not-feeding': ['ddim yn bwydo', 'dim yn bwydo', 'gwrthod bwydo', 'gwrthod y botel', 'ddim yn yfed', 'gwrthod yfed', 'cewyn sych', 'gewyn sych', 'clwt sych', 'dim cewyn gwlyb', 'dim clwt gwlyb', 'heb wlychu', 'ddim wedi pasio dŵr', 'heb basio dŵr', 'chwydu o hyd', "chwydu drwy'r amser"],
  'hot-joint': ['cymal poeth', 'gymal poeth', 'cymal chwyddedig', 'gymal chwyddedig', 'cymal wedi chwyddo', 'pen-glin yn boeth', 'pen-glin wedi chwyddo', 'poeth a chwyddedig', 'gowt'],
  'leg-clot': ['clot gwaed', 'ceulad', 'geulad', 'thrombosis', 'croth y goes wedi chwyddo', 'coes wedi chwyddo', 'goes wedi chwyddo', 'poen yng nghroth y goes'],
  'skin-spreading': ['llid yr isgroen', 'coch a phoeth', 'poeth a choch', 'cochni yn lledu', "cochni'n lledu", 'haint ar y croen', 'haint croen', 'llinell goch'],
  'eczema': ['ecsema', 'ecsima', 'ecsma', 'dermatitis', 'hecsema'],
  // --- end topics-b gaps
};
