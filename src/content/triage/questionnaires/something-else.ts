import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { all, any, anyOf, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * For a problem no topic fits. The patient's own words (the describe page) go through the
 * free-text safety net and offer the topics they point to; these general questions catch
 * what is left: feeling very unwell or getting worse quickly needs help fast (111), and
 * not being able to do usual things while getting worse needs the practice today.
 */
const ID = 'something-else';

export const somethingElse: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    oneOf(ID, 'how-unwell', ['a-bit', 'quite', 'very'], { hint: true }),
    oneOf(ID, 'changing', ['worse-quickly', 'worse-slowly', 'same', 'better']),
    yesNo(ID, 'usual-things', { hint: true }),
    oneOf(ID, 'how-long', ['today', 'under-1-week', '1-to-4-weeks', 'over-4-weeks']),
    yesNo(ID, 'more-confused'),
    anyOf(ID, 'see-gp-about', ['new-lump', 'tired-all-the-time']),
    anyOf(ID, 'pharmacy-problem', ['head-lice', 'threadworms'], { hint: true }),
  ],
  rules: [
    rule({ id: 'se-very-unwell', disposition: 'call-111', when: ticked('how-unwell', 'very'), source: SOURCES.sepsis, hazard: 'HAZ-13' }),
    rule({ id: 'se-getting-worse-quickly', disposition: 'call-111', when: ticked('changing', 'worse-quickly'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    // Confusion that has grown over days (the A&E screen asks about sudden confusion) needs help the same day.
    rule({ id: 'se-more-confused', disposition: 'call-111', when: yes('more-confused'), source: SOURCES.nhs111, hazard: 'HAZ-13' }),
    // A lump for 2 weeks or more, or tiredness for weeks with no reason: the GP (lumps and tiredness pages).
    rule({ id: 'se-new-lump', disposition: 'routine', when: ticked('see-gp-about', 'new-lump'), source: SOURCES.lumps, hazard: 'HAZ-18' }),
    rule({ id: 'se-tired', disposition: 'routine', when: ticked('see-gp-about', 'tired-all-the-time'), source: SOURCES.tiredness, hazard: 'HAZ-18' }),
    // Head lice and threadworms: treated with advice and medicine from a pharmacy.
    rule({ id: 'se-head-lice', disposition: 'self-care', when: ticked('pharmacy-problem', 'head-lice'), source: SOURCES.headLice, hazard: 'HAZ-18' }),
    rule({ id: 'se-threadworms', disposition: 'self-care', when: ticked('pharmacy-problem', 'threadworms'), source: SOURCES.threadworms, hazard: 'HAZ-18' }),
    rule({
      id: 'se-not-coping-worse',
      disposition: 'practice-today',
      when: all(yes('usual-things'), any(ticked('changing', 'worse-slowly'), ticked('how-unwell', 'quite'))),
      source: SOURCES.nhs111,
      hazard: 'HAZ-13',
    }),
  ],
};
