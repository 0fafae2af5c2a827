import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { isCode, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Questions about medicines. Sudden swelling or hard breathing after a medicine is
 * anaphylaxis (999); too much taken on purpose is a suicide attempt (999); by accident,
 * 111 says what to do. A bad side effect or running out of an important medicine needs
 * the practice today.
 */
const ID = 'medication';

export const medication: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'allergic-reaction', { hint: true }),
    oneOf(ID, 'taken-too-much', ['no', 'by-accident', 'on-purpose']),
    oneOf(ID, 'question-about', ['side-effect', 'run-out', 'how-to-take', 'other']),
    oneOf(ID, 'side-effect-how-bad', ['mild', 'bad'], { enableWhen: [isCode('question-about', 'side-effect')] }),
    yesNo(ID, 'none-left', { enableWhen: [isCode('question-about', 'run-out')] }),
    yesNo(ID, 'run-out-important', { hint: true, enableWhen: [isCode('question-about', 'run-out')] }),
  ],
  rules: [
    rule({ id: 'md-anaphylaxis', disposition: 'call-999', when: yes('allergic-reaction'), source: SOURCES.anaphylaxis, hazard: 'HAZ-05' }),
    rule({
      id: 'md-overdose-on-purpose',
      disposition: 'call-999',
      outcome: 'mental-health-999',
      when: ticked('taken-too-much', 'on-purpose'),
      source: SOURCES.call999,
      hazard: 'HAZ-08',
    }),
    rule({ id: 'md-overdose-accident', disposition: 'call-111', when: ticked('taken-too-much', 'by-accident'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'md-bad-side-effect', disposition: 'practice-today', when: ticked('side-effect-how-bad', 'bad'), source: SOURCES.nhsMedicines, hazard: 'HAZ-13' }),
    // No medicine left for the next dose: a pharmacy can give an urgent supply, and 111 can
    // arrange one when the practice is closed.
    rule({ id: 'md-none-left', disposition: 'call-111', when: yes('none-left'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    // How to take a medicine: a pharmacist can answer (NHS medicines pages).
    rule({ id: 'md-how-to-take', disposition: 'self-care', when: ticked('question-about', 'how-to-take'), source: SOURCES.nhsMedicines, hazard: 'HAZ-18' }),
    rule({ id: 'md-run-out', disposition: 'practice-today', when: yes('run-out-important'), source: SOURCES.nhsMedicines, hazard: 'HAZ-13' }),
  ],
};
