/**
 * Identifier systems and extension URLs of the online request contract (docs: README).
 * The NHS number system is NHS England's; the rest belong to Front Door.
 */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

const FRONT_DOOR = 'https://front-door.example/fhir';
export const REQUEST_CLIENT_ID_SYSTEM = `${FRONT_DOOR}/Id/request-client-id`;
export const REQUEST_REFERENCE_SYSTEM = `${FRONT_DOOR}/Id/request-reference`;
export const REQUEST_TYPE_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-type`;
export const REQUEST_FIELD_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-field`;
export const REQUEST_PROBLEM_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-problem`;
/** The request form's own questions (who for, contact, needs, description). */
export const REQUEST_FORM_QUESTIONNAIRE = `${FRONT_DOOR}/Questionnaire/online-request`;
export const REQUEST_FORM_VERSION = '1';
/** Triage questionnaires: `<base>/<id>|<content version>`. */
export const TRIAGE_QUESTIONNAIRE_BASE = `${FRONT_DOOR}/Questionnaire`;

export const REQUEST_EXTENSION = {
  disposition: `${FRONT_DOOR}/StructureDefinition/triage-disposition`,
  firedRule: `${FRONT_DOOR}/StructureDefinition/triage-fired-rule`,
  contentVersion: `${FRONT_DOOR}/StructureDefinition/triage-content-version`,
  outcome: `${FRONT_DOOR}/StructureDefinition/triage-outcome`,
} as const;
