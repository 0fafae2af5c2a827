/**
 * Identifier systems and extension URLs of the online request contract (docs: README).
 * The NHS number system is NHS England's; the rest belong to Front Door.
 */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const ODS_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

const FRONT_DOOR = 'https://front-door.example/fhir';
export const REQUEST_CLIENT_ID_SYSTEM = `${FRONT_DOOR}/Id/request-client-id`;
/**
 * Each resource of a request carries `<client id>/<part>` in this system, so every entry
 * of the transaction can be a conditional create (`ifNoneExist`): a resent Bundle is
 * stored once by any FHIR server, not only by ours.
 */
export const REQUEST_ENTRY_SYSTEM = `${FRONT_DOOR}/Id/request-entry`;
export const REQUEST_REFERENCE_SYSTEM = `${FRONT_DOOR}/Id/request-reference`;
export const REQUEST_TYPE_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-type`;
export const REQUEST_FIELD_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-field`;
export const REQUEST_PROBLEM_SYSTEM = `${FRONT_DOOR}/CodeSystem/request-problem`;
/** The request form's own questions (who for, contact, needs, description). */
export const REQUEST_FORM_QUESTIONNAIRE = `${FRONT_DOOR}/Questionnaire/online-request`;
export const REQUEST_FORM_VERSION = '2';
/** Codes of the request form's answers (kind, reason, who for, contact methods …). */
export const REQUEST_FORM_ANSWER_SYSTEM = `${FRONT_DOOR}/CodeSystem/online-request-answer`;
/** Triage questionnaires: `<base>/<id>|<content version>`. */
export const TRIAGE_QUESTIONNAIRE_BASE = `${FRONT_DOOR}/Questionnaire`;
/** Codes of one triage questionnaire's answers: one CodeSystem per questionnaire. */
export const triageAnswerSystem = (questionnaireId: string) => `${FRONT_DOOR}/CodeSystem/triage-${questionnaireId}`;

/**
 * UK Core: how far an NHS number has been checked. A number the patient typed has not
 * been traced against PDS, so it is sent as "02 Number present but not traced".
 * https://simplifier.net/hl7fhirukcorer4/extension-ukcore-nhsnumberverificationstatus
 */
export const NHS_NUMBER_VERIFICATION = {
  url: 'https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus',
  system: 'https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland',
  notTraced: { code: '02', display: 'Number present but not traced' },
} as const;

export const REQUEST_EXTENSION = {
  disposition: `${FRONT_DOOR}/StructureDefinition/triage-disposition`,
  firedRule: `${FRONT_DOOR}/StructureDefinition/triage-fired-rule`,
  contentVersion: `${FRONT_DOOR}/StructureDefinition/triage-content-version`,
  outcome: `${FRONT_DOOR}/StructureDefinition/triage-outcome`,
} as const;
