import { PHARMACY_CONDITIONS, type PharmacyCondition } from '../../domain/triage/dispositions';

/**
 * Pharmacy First ages, as on https://www.nhs.uk/nhs-services/pharmacies/how-pharmacies-can-help/
 * (inclusive). The rules in the questionnaires encode these; a test keeps them in step.
 */
export const PHARMACY_FIRST_AGES: Readonly<Record<PharmacyCondition, { min: number; max?: number }>> = {
  sinusitis: { min: 12 },
  'sore-throat': { min: 5 },
  earache: { min: 1, max: 17 },
  'infected-insect-bite': { min: 1 },
  impetigo: { min: 1 },
  shingles: { min: 18 },
  uti: { min: 16, max: 64 },
};

export const pharmacyConditionKey = (condition: PharmacyCondition) => `pharmacy.conditions.${condition}`;
export const PHARMACY_CONDITION_KEYS = PHARMACY_CONDITIONS.map(pharmacyConditionKey);
