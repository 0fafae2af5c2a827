/**
 * Where a patient is sent, most urgent first. The order IS the safety rule: when
 * several rules fire, the one earliest in this list wins.
 */
export const DISPOSITIONS = [
  'call-999',
  'go-to-ae',
  'call-111',
  'practice-today',
  'pharmacy',
  'routine',
  'self-care',
] as const;

export type Disposition = (typeof DISPOSITIONS)[number];

/** 0 is the most urgent. */
export function urgencyRank(disposition: Disposition): number {
  return DISPOSITIONS.indexOf(disposition);
}

export function isMoreUrgent(a: Disposition, b: Disposition): boolean {
  return urgencyRank(a) < urgencyRank(b);
}

export function mostUrgent(dispositions: readonly Disposition[], fallback: Disposition): Disposition {
  return dispositions.reduce((best, next) => (isMoreUrgent(next, best) ? next : best), fallback);
}

export function isDisposition(value: unknown): value is Disposition {
  return typeof value === 'string' && (DISPOSITIONS as readonly string[]).includes(value);
}

/** Pharmacy First: the seven conditions a community pharmacist can assess and treat. */
export const PHARMACY_CONDITIONS = [
  'sinusitis',
  'sore-throat',
  'earache',
  'infected-insect-bite',
  'impetigo',
  'shingles',
  'uti',
] as const;

export type PharmacyCondition = (typeof PHARMACY_CONDITIONS)[number];
