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
  // Not 'back' alone: "back to normal", "call me back" and "back home" are not back pain.
  'back-pain': ['back pain', 'backache', 'back ache', 'my back', 'his back', 'her back', 'their back', 'lower back', 'upper back', 'bad back', 'back hurts', 'back is', 'back injury', 'back problem*', 'sciatica', 'lumbago', 'spine', 'slipped disc'],
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
  // --- topics-b
  'falls-head-injury': ['fall', 'fell', 'fallen', 'falling', 'falls', 'tripped', 'slipped', 'hit my head', 'hit his head', 'hit her head', 'hit their head', 'banged my head', 'banged his head', 'banged her head', 'bumped my head', 'bumped his head', 'bumped her head', 'head injury', 'injured my head', 'bump on the head', 'bump on his head', 'bump on her head', 'concussion', 'concussed', 'knocked out'],
  'dizziness-fainting': ['dizzy', 'dizziness', 'faint', 'fainted', 'fainting', 'feel faint', 'light headed', 'lightheaded', 'light-headed', 'vertigo', 'spinning', 'room spinning', 'off balance', 'unsteady', 'giddy', 'woozy', 'blacked out', 'blackout*', 'passed out', 'collapsed'],
  palpitations: ['palpitation*', 'racing', 'pounding', 'skipping', 'skipped', 'heart racing', 'heart is racing', 'racing heart', 'heart was racing', 'heart pounding', 'heart is pounding', 'pounding heart', 'heart flutter*', 'fluttering', 'flutters', 'skipped beat*', 'skipping beat*', 'missed beat*', 'heart skipping', 'irregular heartbeat', 'irregular heart', 'heartbeat', 'heart beat', 'heart rate', 'pulse', 'thumping'],
  'numbness-tingling': ['numb', 'numbness', 'tingl*', 'pins and needles', 'pins', 'needles', 'weakness', 'weak arm', 'weak leg', 'arm is weak', 'leg is weak', "can't feel", 'cant feel', 'cannot feel', 'no feeling', 'lost feeling', 'dead arm', 'dead leg', 'carpal tunnel', 'neuropathy', 'mini stroke', 'mini-stroke', 'tia'],
  baby: ['baby', 'babies', 'newborn', 'infant', 'nappy', 'nappies', 'fontanelle', 'soft spot', 'breastfeed*', 'breast feed*', 'bottle feed*', 'formula', 'feeds', 'feeding', 'weeks old', 'week old', 'months old', 'month old', 'teething', 'colic', 'jaundice', 'jaundiced'],
  'joint-muscle-pain': ['joint', 'joints', 'knee', 'knees', 'hip', 'hips', 'ankle*', 'wrist*', 'elbow*', 'shoulder*', 'sprain*', 'strain*', 'twisted', 'pulled a muscle', 'pulled muscle', 'muscle*', 'gout', 'arthritis', 'finger', 'fingers', 'toe', 'toes', 'thumb', 'hamstring', 'tendon*', 'limp', 'limping', 'stiff joint*', 'swollen joint*'],
  'skin-conditions': ['eczema', 'psoriasis', 'acne', 'spots', 'pimple*', 'zit', 'zits', 'blackhead*', 'hives', 'urticaria', 'mole', 'moles', 'changed colour', 'changed shape', 'changed size', 'getting bigger', 'changing colour', 'changing shape', 'itch*', 'dry skin', 'flaky', 'dermatitis', 'welts', 'skin lump', 'lump on my skin', 'birthmark', 'freckle*'],
  // --- end topics-b
};
