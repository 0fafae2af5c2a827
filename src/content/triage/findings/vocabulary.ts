/**
 * The controlled vocabulary of clinical findings a vignette may name. A finding is
 * something true of the patient *now* (or in the time the description says), in the
 * words a GP would write. A vignette lists the findings it has; anything not listed is
 * absent. Add a finding here (with its description) before using it in a mapping or a
 * case; tests/unit/triage/findings.test.ts rejects unknown ids.
 */
export const FINDINGS = {
  // Heart and chest
  'chest-pain-now': 'Chest pain now',
  'chest-pain-pressure': 'Chest pain that feels like pressure, heaviness, tightness or squeezing',
  'chest-pain-spreads': 'Chest pain spreading to the arms, back, neck, jaw or tummy',
  'chest-pain-over-15-minutes': 'Chest pain that started suddenly and has lasted more than 15 minutes',
  'chest-pain-severe-persistent': 'Severe chest pain that will not go away',
  'chest-pain-recent-gone': 'Chest pain in the last few days that has now gone',
  'chest-pain-on-breathing-in': 'Chest pain that started suddenly and is worse on breathing in',
  'chest-pain-tender-or-movement': 'Chest pain that is worse when pressing on the chest or moving (muscle or rib)',
  'chest-pain-comes-and-goes': 'Chest pain that comes and goes over weeks',
  'heartburn': 'Burning pain behind the breastbone after eating',
  'sweating': 'Sweating (clammy) with the main problem',
  'feeling-sick': 'Feeling sick or being sick',
  'light-headed': 'Feeling light-headed or dizzy',
  'overwhelming-anxiety': 'An overwhelming feeling of anxiety or fear',
  'leg-swollen-painful': 'One leg (usually the calf) swollen, painful, warm or red',

  // Breathing
  'cannot-speak-breathless': 'So breathless they cannot get words out, or breathing very fast, choking or gasping',
  'choking': 'Choking now',
  'breathing-grunting-or-sucking-in': 'A child grunting, or sucking the stomach in under the ribs, when breathing',
  'breathing-very-fast': 'Breathing very fast',
  'struggling-to-breathe-at-rest': 'Struggling to breathe even when resting, but can still speak',
  'breathless-getting-worse': 'Breathlessness that is getting worse',
  'breathless-on-exertion': 'Short of breath only when active (walking fast, stairs)',
  'sudden-breathlessness': 'Sudden breathlessness with no clear reason',
  'asthma': 'Has asthma',
  'reliever-not-helping': 'Asthma reliever inhaler not helping, or needed more than every 4 hours',
  'cough': 'Cough',
  'cough-over-3-weeks': 'Cough for 3 weeks or more',
  'coughing-blood': 'Coughing up blood',
  'wheeze': 'Wheezing',
  'blocked-nose-face-pain': 'Blocked or runny nose with pain or pressure around the eyes, cheeks or forehead',
  'sinus-over-10-days': 'Sinus symptoms for 10 days or more',
  'cold-symptoms': 'Cold symptoms: runny nose, sneezing, mild sore throat',

  // Brain and nerves
  'face-drooping': 'Face dropped on one side',
  'arm-weakness': 'Cannot lift both arms and keep them there (weakness on one side)',
  'speech-difficulty': 'Slurred or garbled speech, or cannot find words',
  'sudden-confusion': 'Suddenly confused: cannot say their name or age, or not making sense',
  'confused': 'Confused or not their usual self (not sudden)',
  'seizure-now': 'Having a seizure (fit) now, or one that is not stopping',
  'seizure-stopped': 'Had a seizure that has stopped, and is now awake',
  'unconscious': 'Unconscious and cannot be woken',
  'passed-out': 'Passed out (lost consciousness) and has come round',
  'cannot-stay-awake': 'Cannot stay awake (a child)',
  'very-sleepy-hard-to-wake': 'Much sleepier than usual, or hard to wake',
  'sudden-severe-headache': 'A sudden, very severe headache, the worst ever (thunderclap)',
  'headache': 'Headache',
  'headache-over-3-days': 'Headache for 3 days or more',
  'headache-comes-and-goes': 'Headaches that come and go (weeks or months)',
  'head-injury': 'Recent injury to the head',
  'vision-problem': 'Loss of sight, double vision or blurred vision that is new',
  'numbness-weakness': 'New numbness or weakness in the face, an arm or a leg',
  'jaw-pain-chewing-or-scalp-tender': 'Pain in the jaw when chewing, or a tender scalp at the temples (over 50)',

  // Infection and fever
  'high-temperature': 'A high temperature (feels hot, shivery, or 38C or more)',
  'low-temperature': 'A low temperature (below 36C) or feels cold to touch',
  'stiff-neck': 'A stiff neck',
  'light-hurts-eyes': 'Finding light hard to look at (bothered by light)',
  'rash-not-fading': 'A rash that does not fade when a glass is rolled over it',
  'skin-blue-grey-blotchy': 'Blue, grey, pale or blotchy skin, lips or tongue (palms, soles, lips, tongue on brown or black skin)',
  'feels-very-unwell': 'Feels very unwell, or like something is seriously wrong',
  'no-wee-all-day': 'An adult who has not had a wee all day',
  'no-wee-12-hours': 'A child who has not had a wee or wet nappy for 12 hours',
  'weak-immune-system': 'A weak immune system (chemotherapy, steroid tablets, no spleen, HIV)',
  'fever-over-5-days': 'A high temperature for 5 days or more',
  'fever-days': 'Has had a high temperature (use measure days-unwell for how long)',

  // A child
  'limp-floppy': 'A child who is limp and floppy',
  'weak-high-pitched-cry': 'A weak, high-pitched cry that is not like their normal cry',
  'not-responding-normally': 'Not responding like they normally do, or not interested in feeding or anything around them',
  'crying-nonstop': 'Crying that will not stop, or sudden agitation',
  'eating-less': 'Eating or drinking less than usual (still drinking)',
  'vomiting-repeatedly': 'Being sick (vomiting) again and again',
  'dehydration-signs': 'Signs of dehydration: sunken eyes, dry mouth, no tears, cold hands and feet',
  'baby-under-3-months-temperature': 'A baby under 3 months with a temperature of 38C or more',

  // Allergy, bleeding, injury
  'sudden-swelling-lips-tongue-throat': 'Swelling of the lips, mouth, throat or tongue that came on suddenly and quickly',
  'severe-allergic-reaction': 'A severe allergic reaction (hives all over, swelling, feeling faint)',
  'heavy-bleeding': 'Heavy bleeding: spraying, pouring or enough to make a puddle',
  'bleeding-wont-stop': 'Bleeding that will not stop with pressure',
  'serious-accident-injury': 'Severe injuries after a serious accident',
  'severe-burn': 'A severe burn or scald',
  'vomiting-blood': 'Vomiting blood, or black, sticky poo',

  // Mental health
  'suicide-attempt': 'Has tried to end their life: taken something or self-harmed seriously',
  'in-danger-now': 'Life in danger now, or about to act on thoughts of suicide',
  'suicidal-thoughts': 'Thoughts of ending their life',
  'self-harm': 'Has self-harmed (not life-threatening)',
  'hearing-or-seeing-things': 'Hearing or seeing things others do not, or not feeling safe',
  'low-mood': 'Low mood for 2 weeks or more',
  'anxiety': 'Feeling anxious or worried much of the time',
  'stress': 'Feeling stressed',
  'poor-sleep': 'Sleeping badly',

  // Tummy, bladder, pregnancy
  'abdominal-pain': 'Tummy pain',
  'abdominal-pain-severe': 'Very bad tummy pain',
  'abdominal-pain-moderate': 'Tummy pain that is bad but bearable',
  'abdominal-pain-mild': 'Mild tummy pain',
  'abdominal-pain-sudden-severe': 'Sudden, very bad tummy pain, or pain that is getting worse fast',
  'could-be-pregnant': 'Could be pregnant',
  'pregnant': 'Pregnant',
  'in-labour': 'In labour or giving birth',
  'vaginal-bleeding-pregnant': 'Bleeding from the vagina while pregnant',
  'vaginal-bleeding-heavy': 'Heavy bleeding from the vagina (soaking a pad an hour)',
  'baby-moving-less': 'Baby moving less than usual (from 16 weeks)',
  'pre-eclampsia-signs': 'Pregnant with a bad headache, vision problems, or sudden swelling of face, hands or feet',
  'waters-broken-or-contractions': 'Waters broken, or regular tightenings or contractions',
  'cannot-keep-fluids-down': 'Cannot keep any fluids down',
  'pain-weeing': 'Pain or burning when weeing',
  'weeing-more-often': 'Needing to wee more often, or suddenly',
  'cloudy-wee': 'Cloudy or smelly wee',
  'blood-in-wee': 'Blood in the wee',
  'lower-tummy-pain': 'Pain low in the tummy',
  'kidney-infection-signs': 'Pain in the back or side below the ribs, with a high temperature or shivering',
  'recurrent-uti': 'Two urine infections in 6 months, or three in a year',
  'catheter': 'Has a urinary catheter',
  'diarrhoea': 'Diarrhoea',
  'jaundice': 'Yellow skin or whites of the eyes',

  // Throat, ears, skin
  'sore-throat': 'Sore throat',
  'cannot-swallow-or-breathe': 'Cannot swallow saliva, drooling, or throat so swollen it is hard to breathe',
  'sore-throat-over-1-week': 'Sore throat for more than a week',
  'earache': 'Earache',
  'swelling-behind-ear': 'Swelling, redness or pain behind the ear',
  'ear-discharge': 'Fluid or pus coming out of the ear',
  'insect-bite': 'An insect bite or sting',
  'bite-spreading-redness': 'Redness or swelling spreading from a bite, with feeling unwell or a high temperature',
  'bite-infected': 'An insect bite that is red, hot, painful or has pus',
  'impetigo': 'Impetigo: red sores or blisters that burst and leave golden crusts',
  'impetigo-widespread': 'Impetigo on more than 4 patches, or widespread',
  'shingles': 'Shingles: a painful, blistering rash on one side of the body',
  'shingles-rash-over-7-days': 'A shingles rash that appeared more than 7 days ago',
  'shingles-near-eye': 'Shingles on the face near the eye, or eye pain or redness with it',
  'rash': 'A rash (other than those above)',
  'skin-spreading-redness-hot': 'Skin that is red, hot, swollen and spreading (possible cellulitis)',

  // Back
  'back-pain': 'Back pain',
  'numb-bottom-genitals': 'Numbness around the bottom or genitals',
  'cannot-wee-or-control': 'Cannot wee, or cannot control weeing, that is new',
  'bowel-control-lost': 'Cannot control pooing, that is new',
  'legs-weak-numb-both': 'Numbness, pins and needles or weakness in both legs',
  'sex-sensation-change': 'Changes in sensation when having sex',
  'back-pain-after-fall-or-accident': 'Back pain that started after a fall or accident',
  'back-pain-with-weight-loss': 'Back pain with weight loss that has no reason',
  'back-pain-worse-at-night': 'Back pain that is worse at night or does not ease with rest',
  'back-swelling-or-shape': 'A swelling or change in shape of the back',
  'back-pain-over-6-weeks': 'Back pain for 6 weeks or more',
  'history-of-cancer': 'Has had cancer',

  // Medicines
  'took-too-much-accident': 'Took too much of a medicine by accident',
  'took-too-much-on-purpose': 'Took too much of a medicine on purpose',
  'allergic-reaction-to-medicine': 'An allergic reaction to a medicine (swelling, wheeze, rash spreading fast)',
  'side-effect-mild': 'A mild side effect of a medicine',
  'side-effect-bad': 'A bad side effect of a medicine, making it hard to cope',
  'run-out-of-medicine': 'Run out of a medicine',
  'run-out-important': 'Run out of a medicine that must not be missed (insulin, epilepsy, heart, blood thinners)',
  'question-how-to-take': 'A question about how to take a medicine',

  // General
  'getting-worse-quickly': 'Getting worse quickly (hours)',
  'getting-worse-slowly': 'Getting slowly worse (days)',
  'getting-better': 'Getting better',
  'cannot-do-usual-things': 'Cannot do their usual things (work, school, looking after themselves)',
  'a-bit-unwell': 'A bit unwell, but managing',
  'unwell-not-coping': 'Quite unwell, finding it hard to cope',
} as const;

export type FindingId = keyof typeof FINDINGS;

/** Numbers a vignette may give (`measures`): a question asking a number reads one of these. */
export const MEASURES = {
  'days-unwell': 'How many days the problem has lasted (0 = started today)',
  'weeks-pregnant': 'How many weeks pregnant',
} as const;

export type MeasureId = keyof typeof MEASURES;
