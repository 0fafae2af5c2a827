import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { answer, ageFrom, ageUpTo, all, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'earache';

export const earache: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'swelling-behind-ear', { hint: true }),
    yesNo(ID, 'very-unwell'),
    oneOf(ID, 'how-long', ['under-3-days', '3-days-or-more']),
  ],
  rules: [
    rule({ id: 'ea-swelling-behind-ear', disposition: 'call-111', when: yes('swelling-behind-ear'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'ea-very-unwell', disposition: 'call-111', when: yes('very-unwell'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'ea-baby', disposition: 'practice-today', when: ageUpTo(0), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    // Pharmacy First acute otitis media: ages 1 to 17.
    rule({ id: 'ea-pharmacy', disposition: 'pharmacy', pharmacyCondition: 'earache', when: all(ageFrom(1, 17), answer({ question: 'how-long', operator: 'exists', answerBoolean: true })), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    rule({ id: 'ea-adult-self-care', disposition: 'self-care', when: all(ageFrom(18), ticked('how-long', 'under-3-days')), source: SOURCES.pharmacyFirst, hazard: 'HAZ-18' }),
  ],
};
