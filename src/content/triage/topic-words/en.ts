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
  // --- Topics A (branch topics-a)
  eyes: ['eye', 'eyes', 'eyelid*', 'eyesight', 'sight', 'vision', 'blind', 'conjunctivitis', 'pink eye', 'stye', 'contact lens*', 'bloodshot', 'floaters', 'flashing lights', 'blurry', 'blurred'],
  'diarrhoea-vomiting': ['diarrh*', 'diarr*', 'diarea*', 'diahr*', 'diarhe*', 'vomit*', 'being sick', 'been sick', 'keeps being sick', 'throwing up', 'threw up', 'sickness', 'runny poo*', 'watery poo*', 'the runs', 'tummy bug', 'stomach bug', 'gastro*', 'food poisoning', 'norovirus', 'dehydrat*'],
  limb: ['leg', 'legs', 'arm', 'arms', 'knee*', 'ankle*', 'foot', 'feet', 'toe', 'toes', 'hand', 'hands', 'finger*', 'wrist*', 'elbow*', 'shoulder*', 'hip', 'hips', 'calf', 'thigh', 'shin', 'sprain*', 'twisted', 'broken', 'fracture*', 'gout', 'dvt', 'clot', 'cellulitis', 'limp*', 'swollen leg', 'swollen ankle*'],
  'genital-sexual-health': ['vagina*', 'vulva', 'discharge', 'thrush', 'penis', 'testicle*', 'testes', 'scrotum', 'balls', 'genital*', 'private parts', 'down below', 'sti', 'stis', 'std', 'chlamydia', 'gonorrhoea', 'herpes', 'warts', 'sexual*', 'sex', 'condom', 'morning after pill', 'emergency contraception', 'contracepti*', 'period*', 'menopause', 'pelvic', 'ectopic', 'hiv', 'pep'],
  'mouth-teeth': ['tooth', 'teeth', 'toothache', 'dentist', 'dental', 'gum', 'gums', 'mouth', 'tongue', 'ulcer*', 'jaw', 'abscess', 'filling', 'crown', 'denture*', 'wisdom tooth', 'broken tooth', 'chipped tooth', 'oral thrush', 'cold sore*'],
  'nose-sinuses': ['nose', 'nosebleed*', 'nose bleed*', 'sinus*', 'sinusitis', 'face pain', 'pain in my face', 'cheekbone*', 'hay fever', 'hayfever', 'sneez*', 'runny nose', 'blocked nose', 'stuffy nose', 'pollen', 'catarrh', 'nasal', 'snot'],
  'wounds-bites-burns': ['cut', 'cuts', 'wound*', 'graze*', 'gash', 'bleeding', 'bite', 'bitten', 'dog bite', 'cat bite', 'sting', 'stung', 'wasp', 'bee', 'insect*', 'tick', 'dog', 'cat', 'animal*', 'bit me', 'bit my', 'bit him', 'bit her', 'burn', 'burns', 'burnt', 'burned', 'scald*', 'blister*', 'stitches', 'tetanus', 'splinter'],
  // --- end Topics A
};
