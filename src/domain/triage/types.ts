import type { Disposition, PharmacyCondition } from './dispositions';

/**
 * A FHIR R4 Questionnaire, trimmed to what triage needs, plus Front Door's rules.
 * Text fields hold translation keys (namespace `triage`), never patient-facing words.
 */
export type ItemType = 'boolean' | 'choice' | 'integer' | 'string' | 'text' | 'display' | 'group';

export interface Coding {
  system?: string;
  code: string;
  /** Translation key of the option's label. */
  display: string;
}

export interface AnswerOption {
  valueCoding: Coding;
  /** Ticking this option means "none of these"; it cannot be combined with others. */
  exclusive?: boolean;
}

export type EnableWhenOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

export interface EnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerBoolean?: boolean;
  answerInteger?: number;
  answerString?: string;
  answerCoding?: { system?: string; code: string };
}

export interface QuestionnaireItem {
  linkId: string;
  type: ItemType;
  /** Translation key. */
  text: string;
  /** Translation key of a hint shown under the question. */
  hint?: string;
  required?: boolean;
  /** A choice that takes several answers (checkboxes). */
  repeats?: boolean;
  answerOption?: AnswerOption[];
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  minValue?: number;
  maxValue?: number;
  /**
   * Front Door extension (a FHIR extension on the wire): show the item only to some
   * patients, e.g. pregnancy questions to women of child-bearing age.
   */
  forPatient?: PatientFilter;
  maxLength?: number;
  item?: QuestionnaireItem[];
}

export interface AgeRange {
  min?: number;
  max?: number;
}

export interface PatientFilter {
  sex?: Sex;
  age?: AgeRange;
}

/** A test on the patient or on an answer. Rules and nothing else use these. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { age: AgeRange }
  | { sex: Sex }
  | ({ kind: 'answer' } & EnableWhen);

export interface TriageRule {
  /** Stable id, stored with each submission and cited in the hazard log. */
  id: string;
  disposition: Disposition;
  pharmacyCondition?: PharmacyCondition;
  /** A more specific outcome page than the disposition's own (e.g. mental health crisis). */
  outcome?: string;
  when: Condition;
  /** The public NHS.UK page the rule comes from. */
  source: string;
  /** The hazard in docs/clinical-safety/hazard-log.md that this rule controls. */
  hazard: string;
}

export interface TriageQuestionnaire {
  resourceType: 'Questionnaire';
  /** Also the FHIR `name`; used in URLs and stored with each submission. */
  id: string;
  status: 'draft' | 'active';
  /** Translation key. */
  title: string;
  /** Who the questionnaire is for; the app picks the variant by age. */
  ageRange?: AgeRange;
  item: QuestionnaireItem[];
  rules: TriageRule[];
  /** What happens when no rule fires. */
  defaultDisposition: Disposition;
  /**
   * Emergency screens only: once every item in `onceAnswered` has an answer, an outcome
   * at least as urgent as `atOrAbove` ends the whole journey, and the topic and
   * free-text questions are not asked. docs/clinical-safety/journey.md gives the
   * clinical argument; tests/unit/triage/journey.test.ts checks its conditions.
   */
  endsJourney?: { atOrAbove: Disposition; onceAnswered: readonly string[] };
}

export type Sex = 'female' | 'male';

/**
 * Answers by linkId: a boolean, a number, free text, the code of one chosen option,
 * or the codes of several ticked options.
 */
export type AnswerValue = boolean | number | string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export interface Patient {
  ageYears: number;
  sex: Sex;
}

export interface TriageInput extends Patient {
  answers: Answers;
}

export interface TriageResult {
  disposition: Disposition;
  pharmacyCondition?: PharmacyCondition;
  /** The outcome page to show: the winning rule's own, or the disposition's. */
  outcomeId: string;
  /** Ids of every rule that fired, in content order (so answer order never shows). */
  firedRules: string[];
  contentVersion: string;
  questionnaireId: string;
}
