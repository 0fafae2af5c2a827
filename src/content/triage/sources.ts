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
} as const;

export const ALLOWED_SOURCES: readonly string[] = Object.values(SOURCES);
