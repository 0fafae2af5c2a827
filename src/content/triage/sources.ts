/**
 * The public NHS.UK pages triage rules may cite (see CLINICAL-SOURCES.md). A rule that
 * cites anything else fails the content check.
 */
export const SOURCES = {
  call999: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
  ae: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-go-to-ae/',
  nhs111: 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
  sepsis: 'https://www.nhs.uk/conditions/sepsis/',
  stroke: 'https://www.nhs.uk/conditions/stroke/symptoms/',
  heartAttack: 'https://www.nhs.uk/conditions/heart-attack/symptoms/',
  meningitis: 'https://www.nhs.uk/conditions/meningitis/symptoms/',
  anaphylaxis: 'https://www.nhs.uk/conditions/anaphylaxis/',
  asthmaAttack: 'https://www.nhs.uk/conditions/asthma/asthma-attack/',
  pulmonaryEmbolism: 'https://www.nhs.uk/conditions/pulmonary-embolism/',
  dvt: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  backPain: 'https://www.nhs.uk/conditions/back-pain/',
  mentalHealthCrisis: 'https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/',
  pregnancy: 'https://www.nhs.uk/pregnancy/related-conditions/',
  dehydration: 'https://www.nhs.uk/conditions/dehydration/',
  pharmacyFirst: 'https://www.nhs.uk/nhs-services/pharmacies/how-pharmacies-can-help/',
  // Condition pages for the topics' own red flags (each names its urgency).
  chestPain: 'https://www.nhs.uk/conditions/chest-pain/',
  cough: 'https://www.nhs.uk/conditions/cough/',
  shortnessOfBreath: 'https://www.nhs.uk/conditions/shortness-of-breath/',
  commonCold: 'https://www.nhs.uk/conditions/common-cold/',
  sinusitis: 'https://www.nhs.uk/conditions/sinusitis-sinus-infection/',
  headaches: 'https://www.nhs.uk/conditions/headaches/',
  headInjury: 'https://www.nhs.uk/conditions/head-injury-and-concussion/',
  stomachAche: 'https://www.nhs.uk/conditions/stomach-ache/',
  appendicitis: 'https://www.nhs.uk/conditions/appendicitis/',
  ectopicPregnancy: 'https://www.nhs.uk/conditions/ectopic-pregnancy/',
  feverAdults: 'https://www.nhs.uk/conditions/fever-in-adults/',
  feverChildren: 'https://www.nhs.uk/conditions/fever-in-children/',
  uti: 'https://www.nhs.uk/conditions/urinary-tract-infections-utis/',
  kidneyInfection: 'https://www.nhs.uk/conditions/kidney-infection/',
  soreThroat: 'https://www.nhs.uk/conditions/sore-throat/',
  earache: 'https://www.nhs.uk/conditions/earache/',
  insectBites: 'https://www.nhs.uk/conditions/insect-bites-and-stings/',
  impetigo: 'https://www.nhs.uk/conditions/impetigo/',
  shingles: 'https://www.nhs.uk/conditions/shingles/',
  cellulitis: 'https://www.nhs.uk/conditions/cellulitis/',
  preEclampsia: 'https://www.nhs.uk/conditions/pre-eclampsia/',
  pregnancyBleeding: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/vaginal-bleeding/',
  babyMovements: 'https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/',
  nhsMedicines: 'https://www.nhs.uk/medicines/',
} as const;

export const ALLOWED_SOURCES: readonly string[] = Object.values(SOURCES);
