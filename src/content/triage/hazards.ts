/**
 * Hazard ids from docs/clinical-safety/hazard-log.md. Every rule names the hazard it
 * controls; the content check rejects an id that is not here. Titles are for staff
 * and reviewers, not patients, so they are not translated.
 */
export const HAZARDS = {
  'HAZ-01': 'Heart attack not sent to 999',
  'HAZ-02': 'Stroke not sent to 999',
  'HAZ-03': 'Sepsis or meningitis missed',
  'HAZ-04': 'Severe breathing difficulty, choking or asthma attack missed',
  'HAZ-05': 'Anaphylaxis or severe allergic reaction missed',
  'HAZ-06': 'Heavy bleeding, severe injury or burns missed',
  'HAZ-07': 'Seizure, unconsciousness or sudden confusion missed',
  'HAZ-08': 'Suicide attempt, self-harm or suicidal crisis missed',
  'HAZ-09': 'Labour or a pregnancy emergency missed',
  'HAZ-10': 'Seriously ill child missed (floppy, hard to wake, not feeding, dehydrated)',
  'HAZ-11': 'Cauda equina syndrome missed',
  'HAZ-12': 'Pulmonary embolism or DVT missed',
  'HAZ-13': 'Urgent problem left waiting for a routine reply',
  'HAZ-14': 'Patient sent to a pharmacist outside Pharmacy First ages or exclusions',
  'HAZ-15': 'Crisis or red-flag words in free text not acted on',
  'HAZ-16': 'Missing or wrong translation changes the meaning of a question or outcome',
  'HAZ-17': 'Content error hides a red-flag question or breaks a rule',
  'HAZ-18': 'Patient given self-care or routine advice for a problem that needs a clinician',
  'HAZ-19': 'Serious abdominal problem missed (bleeding, ectopic pregnancy)',
  'HAZ-20': 'Emergency outcome not shown when offline',
  'HAZ-21': 'Over-triage: a minor problem sent to 999 or A&E',
  'HAZ-22': 'Stopping early hides a question that would have raised urgency',
  'HAZ-23': 'A question or outcome worded for the wrong person is misunderstood',
  // --- Topics A (branch topics-a). Numbered from 31 so that a branch adding other topics
  // from HAZ-21 merges without renumbering.
  'HAZ-31': 'Sight-threatening eye problem missed (sudden loss of sight, chemical or penetrating injury, painful red eye)',
  'HAZ-32': 'Dehydration or a serious cause of diarrhoea and vomiting missed (blood, green sick, poisoning)',
  'HAZ-33': 'Limb-threatening problem missed (blood clot, cold pale limb, broken bone, spreading skin infection)',
  'HAZ-34': 'Genital or sexual health emergency or time-limited care missed (testicular torsion, ectopic pregnancy, emergency contraception, HIV PEP)',
  'HAZ-35': 'Dental or facial infection spreading to the airway, or urgent dental care missed',
  'HAZ-36': 'Serious wound, bite, sting, burn or tetanus risk missed',
  // --- end Topics A
  // --- topics-b (numbered from 37, after Topics A)
  'HAZ-37': 'Serious head injury missed (bleeding in the brain, skull fracture), including after a fall on blood thinners',
  'HAZ-38': 'Dangerous heart rhythm missed (palpitations or fainting with chest pain, breathlessness, or on exercise)',
  'HAZ-39': 'Broken bone, broken hip or joint infection missed',
  'HAZ-40': 'Skin cancer or a serious skin reaction left waiting',
  'HAZ-41': 'Nerve damage left too long (foot problems in diabetes, weakness that is spreading)',
  // --- end topics-b
} as const;

export type HazardId = keyof typeof HAZARDS;
export const HAZARD_IDS: readonly string[] = Object.keys(HAZARDS);
