import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

const ID = 'headache';

export const headache: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'sudden-worst-ever', { hint: true }),
    yesNo(ID, 'weakness-vision-speech', { hint: true }),
    yesNo(ID, 'high-temperature'),
    yesNo(ID, 'stiff-neck-or-light', { hint: true }),
    yesNo(ID, 'head-injury'),
    yesNo(ID, 'being-sick'),
    oneOf(ID, 'how-long', ['under-3-days', '3-days-or-more', 'comes-and-goes']),
  ],
  rules: [
    rule({ id: 'hd-sudden-severe', disposition: 'call-999', when: yes('sudden-worst-ever'), source: SOURCES.stroke, hazard: 'HAZ-02' }),
    rule({ id: 'hd-stroke-signs', disposition: 'call-999', when: yes('weakness-vision-speech'), source: SOURCES.stroke, hazard: 'HAZ-02' }),
    rule({
      id: 'hd-meningitis',
      disposition: 'call-999',
      when: all(yes('high-temperature'), yes('stiff-neck-or-light')),
      source: SOURCES.meningitis,
      hazard: 'HAZ-03',
    }),
    rule({ id: 'hd-stiff-neck', disposition: 'call-111', when: yes('stiff-neck-or-light'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'hd-head-injury', disposition: 'call-111', when: yes('head-injury'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    rule({ id: 'hd-being-sick', disposition: 'call-111', when: yes('being-sick'), source: SOURCES.meningitis, hazard: 'HAZ-03' }),
    rule({ id: 'hd-short-self-care', disposition: 'self-care', when: ticked('how-long', 'under-3-days'), source: SOURCES.pharmacyFirst, hazard: 'HAZ-18' }),
  ],
};
