/**
 * English words that suggest each topic, offered on "Something else" (whole words; a
 * trailing `*` matches the start of a word). Checked in every language, because people
 * often mix the two. Adding words is safe: a suggestion is only offered, never forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['chest', 'heart', 'angina', 'ribs', 'rib', 'breastbone'],
  'breathing-cough': ['cough*', 'breath*', 'wheez*', 'asthma', 'inhaler', 'phlegm', 'mucus', 'chesty', 'sinus*', 'blocked nose', 'stuffy nose', 'cold', 'flu'],
  headache: ['headache*', 'head hurts', 'head pain', 'migraine*', 'head is pounding', 'pounding head'],
  'abdominal-pain': ['tummy', 'stomach*', 'belly', 'abdom*', 'appendix', 'gut', 'bloat*', 'indigestion', 'constipat*'],
  fever: ['temperature', 'fever*', 'feverish', 'shiver*', 'shivery', 'sweats', 'hot to touch', 'burning up'],
  urinary: ['wee', 'weeing', 'pee', 'peeing', 'urine', 'urinat*', 'cystitis', 'uti', 'bladder', 'water infection', 'kidney*'],
  'sore-throat': ['throat', 'tonsil*', 'swallow*', 'strep'],
  earache: ['ear', 'ears', 'earache', 'ear ache', 'earache*'],
  'rash-skin': ['rash*', 'spots', 'spotty', 'itch*', 'bite', 'bitten', 'sting', 'stung', 'shingles', 'impetigo', 'blister*', 'skin', 'hives'],
  'back-pain': ['back', 'backache', 'sciatica', 'lumbago', 'spine', 'slipped disc'],
  'mental-health': ['depress*', 'anxi*', 'panic*', 'stress*', 'low mood', 'mood', 'suicid*', 'self harm', 'self-harm', 'mental', 'worried all the time', 'cant cope', "can't cope", 'cannot cope'],
  pregnancy: ['pregnan*', 'midwife', 'expecting', 'bump', 'contraction*', 'waters'],
  medication: ['tablet*', 'medicine*', 'medication*', 'pills', 'prescription*', 'dose', 'side effect*', 'overdose*', 'inhaler'],
};
