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

  // --- Topics A (branch topics-a): eyes, diarrhoea and vomiting, limbs, genital and sexual
  // health, mouth and teeth, nose and sinuses, wounds, bites, stings and burns.
  redEye: 'https://www.nhs.uk/conditions/red-eye/',
  eyeInjuries: 'https://www.nhs.uk/conditions/eye-injuries/',
  conjunctivitis: 'https://www.nhs.uk/conditions/conjunctivitis/',
  visionLoss: 'https://www.nhs.uk/conditions/vision-loss/',
  floaters: 'https://www.nhs.uk/conditions/floaters-and-flashes-in-the-eyes/',
  diarrhoeaVomiting: 'https://www.nhs.uk/conditions/diarrhoea-and-vomiting/',
  gastroenteritisCks: 'https://cks.nice.org.uk/topics/gastroenteritis/',
  cellulitis: 'https://www.nhs.uk/conditions/cellulitis/',
  gout: 'https://www.nhs.uk/conditions/gout/',
  sprains: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  brokenLeg: 'https://www.nhs.uk/conditions/broken-leg/',
  brokenArm: 'https://www.nhs.uk/conditions/broken-arm-or-wrist/',
  peripheralArterialDisease: 'https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/',
  childhoodLimpCks: 'https://cks.nice.org.uk/topics/acute-childhood-limp/',
  testiclePain: 'https://www.nhs.uk/conditions/testicle-pain/',
  ectopicPregnancy: 'https://www.nhs.uk/conditions/ectopic-pregnancy/',
  emergencyContraception: 'https://www.nhs.uk/contraception/emergency-contraception/',
  hivPrevention: 'https://www.nhs.uk/conditions/hiv-and-aids/prevention/',
  stis: 'https://www.nhs.uk/conditions/sexually-transmitted-infections-stis/',
  vaginalDischarge: 'https://www.nhs.uk/conditions/vaginal-discharge/',
  thrush: 'https://www.nhs.uk/conditions/thrush-in-men-and-women/',
  bleedingBetweenPeriods: 'https://www.nhs.uk/conditions/vaginal-bleeding-between-periods-or-after-sex/',
  postMenopausalBleeding: 'https://www.nhs.uk/conditions/post-menopausal-bleeding/',
  toothache: 'https://www.nhs.uk/conditions/toothache/',
  dentalEmergency: 'https://www.nhs.uk/nhs-services/dentists/how-to-find-an-nhs-dentist-in-an-emergency/',
  dentalAbscess: 'https://www.nhs.uk/conditions/dental-abscess/',
  mouthUlcers: 'https://www.nhs.uk/conditions/mouth-ulcers/',
  oralThrush: 'https://www.nhs.uk/conditions/oral-thrush-mouth-thrush/',
  sinusitis: 'https://www.nhs.uk/conditions/sinusitis-sinus-infection/',
  nosebleed: 'https://www.nhs.uk/conditions/nosebleed/',
  hayFever: 'https://www.nhs.uk/conditions/hay-fever/',
  cutsAndGrazes: 'https://www.nhs.uk/conditions/cuts-and-grazes/',
  animalBites: 'https://www.nhs.uk/conditions/animal-and-human-bites/',
  insectBites: 'https://www.nhs.uk/conditions/insect-bites-and-stings/',
  burns: 'https://www.nhs.uk/conditions/burns-and-scalds/',
  tetanus: 'https://www.nhs.uk/common-health-questions/accidents-first-aid-and-treatments/do-i-need-a-tetanus-jab-vaccine-after-an-accident-or-injury/',
  // --- end Topics A
} as const;

export const ALLOWED_SOURCES: readonly string[] = Object.values(SOURCES);
