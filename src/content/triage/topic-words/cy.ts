/**
 * Welsh words that suggest each topic, offered on "Something else" (whole words; a trailing
 * `*` matches the start of a word). English (en.ts) is checked alongside. Mutated forms are
 * listed too ("brest" and "frest", "coes" and "goes"). Written with the translation; a
 * translator should check them. Adding words is safe: a suggestion is only offered, never
 * forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['brest', 'frest', 'mrest', 'poen yn y frest', 'calon', 'nghalon', 'galon', 'asen*', 'angina'],
  'breathing-cough': ['peswch', 'pesych*', 'besychu', 'anadl*', 'fyr o anadl', 'gwichian', 'asthma', 'fewnanadlydd', 'mewnanadlydd', 'fflem', 'annwyd', 'ffliw', 'beswch', 'mheswch'],
  headache: ['cur pen', 'pen tost', 'meigryn', 'migraine', 'poen yn fy mhen', 'poen pen'],
  'abdominal-pain': ['bol', 'bola', 'stumog', 'boen bol', 'poen bol', 'rhwymedd', 'rhwym', 'llosg cylla', 'diffyg traul', 'chwyddedig'],
  fever: ['tymheredd', 'dymheredd', 'gwres', 'twymyn', 'dwymyn', 'crynu', 'chwysu', 'poeth'],
  urinary: ['pasio dŵr', 'piso', 'pisio', 'dŵr yn llosgi', 'haint dŵr', 'haint wrin', 'wrin', 'pledren', 'bledren', 'aren*', 'cystitis'],
  'sore-throat': ['gwddf tost', 'dolur gwddf', 'gwddw', 'gwddf', 'tonsil*', 'llyncu', 'lyncu'],
  earache: ['clust', 'glust', 'nghlust', 'clustiau', 'clust tost', 'pigyn clust'],
  'rash-skin': ['brech', 'frech', 'smotiau', 'cosi', 'pigiad', 'brathiad', 'yr eryr', 'impetigo', 'pothell*', 'croen', 'groen', 'cychod gwenyn'],
  'back-pain': ['cefn', 'gefn', 'nghefn', 'poen cefn', 'cefn tost', 'sciatica', 'clunwst', 'asgwrn cefn'],
  'mental-health': ['iselder', 'pryder', 'gorbryder', 'panig', 'straen', 'hwyliau', 'iechyd meddwl', 'hunanladd*', 'methu ymdopi', "teimlo'n isel"],
  pregnancy: ['beichiog', 'feichiog', 'beichiogrwydd', 'bydwraig', 'fydwraig', 'babi yn symud', 'cyfangiad*', 'dŵr wedi torri'],
  medication: ['tabled*', 'dabled*', 'moddion', 'meddyginiaeth*', 'feddyginiaeth*', 'presgripsiwn', 'phresgripsiwn', 'dos', 'sgil effaith', 'sgil-effaith*', 'pils'],
  eyes: ['llygad', 'llygaid', 'lygad', 'lygaid', 'golwg', 'ngolwg', 'llid yr amrant', 'amrant', 'sty', 'lensys', 'aneglur', 'niwlog'],
  'diarrhoea-vomiting': ['dolur rhydd', 'chwydu', 'cyfogi', 'taflu i fyny', 'bola tost', 'byg stumog', 'gwenwyn bwyd', 'dadhydradu'],
  limb: ['coes', 'goes', 'nghoes', 'coesau', 'braich', 'fraich', 'mraich', 'breichiau', 'troed', 'nhroed', 'traed', 'llaw', 'dwylo', 'bys', 'bysedd', 'migwrn', 'ffêr', 'pen-glin', 'penglin', 'clun', 'ysgwydd', 'penelin', 'arddwrn', 'garddwrn', 'croth y goes'],
  'genital-sexual-health': ['fagina', 'gwain', 'rhedlif', 'llindag', 'pidyn', 'ceilliau', 'caill', 'gwenerol', 'atal cenhedlu', 'bilsen bore wedyn', 'mislif', 'misglwyf', 'hiv', 'sti', 'clamydia'],
  'mouth-teeth': ['dant', 'dannedd', 'nant', 'ddannedd', 'deintydd', 'ddeintydd', 'ceg', 'geg', 'tafod', 'dafod', 'gwm', 'gymiau', 'wlser', 'briw yn y geg', 'crawniad'],
  'nose-sinuses': ['trwyn', 'drwyn', 'nhrwyn', 'sinws', 'sinysau', 'clefyd y gwair', 'tisian', 'trwyn yn rhedeg', 'trwyn wedi blocio', "gwaedu o'r trwyn", 'paill'],
  'wounds-bites-burns': ['toriad', 'doriad', 'clwyf', 'briw', 'brathiad', 'frathiad', 'cnoi', 'pigiad', 'cacynen', 'gwenyn', 'ci', 'cath', 'llosg', 'losg', 'llosgi', 'sgaldio', 'pwythau', 'tetanws'],
  'falls-head-injury': ['cwympo', 'gwympo', 'cwymp', 'syrthio', 'llithro', 'baglu', "cnoc i'r pen", 'taro fy mhen', 'taro ei ben', 'taro ei phen', "anaf i'r pen", 'cyfergyd'],
  'dizziness-fainting': ['pendro', 'penysgafn', 'benysgafn', 'llewygu', 'lewygu', 'llewyg', 'fertigo', 'ystafell yn troi', 'simsan', 'colli cydbwysedd'],
  palpitations: ['crychguriad*', 'grychguriad*', 'calon yn rasio', 'nghalon yn rasio', 'calon yn curo', 'nghalon yn curo', 'curiad calon', 'curiad', 'pwls', 'calon yn neidio'],
  'numbness-tingling': ['diffrwyth', 'ddiffrwyth', 'dideimlad', 'pinnau bach', 'binnau bach', 'goglais', 'gwendid', 'fferru', 'colli teimlad'],
  baby: ['babi', 'fabi', 'maban', 'baban', 'newydd-anedig', 'cewyn', 'gewyn', 'clwt', "bwydo o'r fron", 'potel', 'wythnos oed', 'wythnosau oed', 'mis oed', 'misoedd oed', 'torri dannedd', 'colig', 'clefyd melyn'],
  'joint-muscle-pain': ['cymal', 'gymal', 'cymalau', 'pen-glin', 'penglin', 'clun', 'ffêr', 'ysgwydd', 'penelin', 'arddwrn', 'cyhyr*', 'gyhyr*', 'ysigiad', 'arthritis', 'gowt', 'cloffi'],
  'skin-conditions': ['ecsema', 'hecsema', 'soriasis', 'acne', 'plorod', 'smotiau', 'cychod gwenyn', 'man geni', 'man geni wedi newid', 'cosi', 'croen sych', 'dermatitis'],
};
