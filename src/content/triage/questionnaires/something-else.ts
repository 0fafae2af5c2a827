import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { freeText, oneOf, rule, ticked } from '../build';
import { SOURCES } from '../sources';

/**
 * Free text for anything else. Words in the text never change the disposition here;
 * freeTextSafetyNet turns worrying words into the direct questions of `red-flag-check`.
 */
const ID = 'something-else';
export const DESCRIPTION_MAX_LENGTH = 1000;

export const somethingElse: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    freeText(ID, 'description', DESCRIPTION_MAX_LENGTH, { hint: true }),
    oneOf(ID, 'changing', ['worse-quickly', 'same', 'better']),
  ],
  rules: [
    rule({ id: 'se-getting-worse-quickly', disposition: 'call-111', when: ticked('changing', 'worse-quickly'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
  ],
};
