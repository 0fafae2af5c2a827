/**
 * How a simulated patient answers triage questions honestly from a vignette's findings
 * (docs/clinical-safety/vignettes/README.md). Used only by the vignette runner and the
 * tests; never imported by the app, so none of it reaches a patient's phone.
 */

/** A test on the case: a finding id, a measure in a range, the age, or a combination. */
export type Has =
  | string
  | { any: readonly Has[] }
  | { all: readonly Has[] }
  | { not: Has }
  | { measure: string; atLeast?: number; atMost?: number }
  | { age: { min?: number; max?: number } }
  | { sex: 'female' | 'male' };

/**
 * One question's answer from the findings.
 * - yes/no: `yes` — "Yes" when it holds, otherwise "No".
 * - one answer (radios): `options` in order, the first that holds; else `otherwise`.
 * - tick all that apply: every option whose test holds; none → `otherwise` ("none").
 * - a number: `measure` from the case, or `default` when the case has none.
 * - free text: `says` — the patient types what the case says.
 * An option marked 'neutral' is never picked from findings (only as `otherwise`).
 */
export interface ItemFindings {
  yes?: Has;
  options?: Readonly<Record<string, Has | 'neutral'>>;
  otherwise?: string;
  measure?: string;
  default?: number;
  says?: true;
}

/** Every question of one questionnaire, by linkId. */
export type QuestionnaireFindings = Readonly<Record<string, ItemFindings>>;
