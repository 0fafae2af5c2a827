import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { answer, ageFrom, ageUpTo, all, not, oneOf, rule, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Earache. Swelling behind the ear, or feeling very unwell with it, needs help the same
 * day (111). Pharmacy First treats ear infections from 1 to 17; adults' earache usually
 * gets better in a few days; a baby under 1 sees the practice.
 */
const ID = 'earache';

export const earache: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'swelling-behind-ear', { hint: true }),
    yesNo(ID, 'object-in-ear'),
    yesNo(ID, 'both-ears', { forPatient: { age: { max: 1 } } }),
    yesNo(ID, 'hot-shivery', { forPatient: { age: { min: 18 } } }),
    yesNo(ID, 'very-unwell'),
    yesNo(ID, 'discharge-or-hearing'),
    oneOf(ID, 'how-long', ['under-3-days', '3-days-or-more']),
  ],
  rules: [
    rule({ id: 'ea-swelling-behind-ear', disposition: 'call-111', when: yes('swelling-behind-ear'), source: SOURCES.earache, hazard: 'HAZ-13' }),
    rule({ id: 'ea-very-unwell', disposition: 'call-111', when: yes('very-unwell'), source: SOURCES.earache, hazard: 'HAZ-13' }),
    // The earache page: something stuck in the ear, or (18 and over, outside Pharmacy First) a
    // high temperature or feeling hot and shivery, needs a GP.
    rule({ id: 'ea-object-in-ear', disposition: 'practice-today', when: yes('object-in-ear'), source: SOURCES.earache, hazard: 'HAZ-13' }),
    rule({ id: 'ea-adult-hot-shivery', disposition: 'practice-today', when: all(ageFrom(18), yes('hot-shivery')), source: SOURCES.earache, hazard: 'HAZ-13' }),
    // NICE CKS acute otitis media: under 2 with infection in both ears, a prescriber decides.
    rule({ id: 'ea-both-ears-under-2', disposition: 'practice-today', when: all(ageUpTo(1), yes('both-ears')), source: SOURCES.otitisMediaCks, hazard: 'HAZ-14' }),
    // Fluid coming out of a child's ear: the GP, not the pharmacist.
    rule({ id: 'ea-child-discharge', disposition: 'practice-today', when: all(ageUpTo(17), yes('discharge-or-hearing')), source: SOURCES.earache, hazard: 'HAZ-14' }),
    rule({ id: 'ea-baby', disposition: 'practice-today', when: ageUpTo(0), source: SOURCES.pharmacyFirst, hazard: 'HAZ-14' }),
    // Pharmacy First acute otitis media: ages 1 to 17.
    rule({
      id: 'ea-pharmacy',
      disposition: 'pharmacy',
      pharmacyCondition: 'earache',
      when: all(ageFrom(1, 17), answer({ question: 'how-long', operator: 'exists', answerBoolean: true })),
      source: SOURCES.pharmacyFirst,
      hazard: 'HAZ-14',
    }),
    rule({ id: 'ea-adult-see-gp', disposition: 'routine', when: all(ageFrom(18), yes('discharge-or-hearing')), source: SOURCES.earache, hazard: 'HAZ-18' }),
    rule({ id: 'ea-adult-self-care', disposition: 'self-care', when: all(ageFrom(18), ticked('how-long', 'under-3-days'), not(yes('discharge-or-hearing'))), source: SOURCES.earache, hazard: 'HAZ-18' }),
  ],
};
