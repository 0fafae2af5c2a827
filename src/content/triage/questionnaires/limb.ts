import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, all, anyOf, isYes, not, oneOf, rule, rulePerOption, ticked, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Pain or swelling in an arm or a leg, for all ages: injuries (broken bone or sprain), a
 * blood clot (DVT), a sudden cold, pale limb, skin infection (cellulitis) and a hot, swollen
 * joint (gout, or an infected joint with a high temperature).
 */
const ID = 'limb';
const INJURY_SIGNS = ['odd-angle', 'cannot-use', 'crack', 'numb-cold'] as const;

export const limb: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'injury'),
    yesNo(ID, 'bone-showing', { enableWhen: [isYes('injury')] }),
    yesNo(ID, 'clot-signs', { hint: true }),
    yesNo(ID, 'clot-breathing', { enableWhen: [isYes('clot-signs')] }),
    anyOf(ID, 'injury-signs', INJURY_SIGNS, { enableWhen: [isYes('injury')] }),
    yesNo(ID, 'cold-pale', { hint: true }),
    yesNo(ID, 'skin-hot-swollen', { hint: true }),
    yesNo(ID, 'hot-joint'),
    yesNo(ID, 'high-temperature', { enableWhen: [isYes('hot-joint')] }),
    yesNo(ID, 'child-limp', { forPatient: { age: { max: 15 } } }),
    oneOf(ID, 'how-long', ['under-2-weeks', '2-weeks-or-more']),
  ],
  rules: [
    // Broken arm or leg pages: call 999 if a bone is sticking out of the skin.
    rule({ id: 'lb-bone-showing', disposition: 'call-999', when: all(yes('injury'), yes('bone-showing')), source: SOURCES.brokenLeg, hazard: 'HAZ-33' }),
    // DVT page: call 999 with DVT signs and breathlessness or chest pain (a clot in the lung).
    rule({ id: 'lb-clot-lung', disposition: 'call-999', when: all(yes('clot-signs'), yes('clot-breathing')), source: SOURCES.dvt, hazard: 'HAZ-12' }),
    // Broken bone and sprains pages: go to A&E for a limb at an odd angle, that cannot be
    // used or borne on, that cracked, or that is numb, pale or cold below the injury.
    ...rulePerOption(
      'injury-signs',
      INJURY_SIGNS.map((code) => ({ code, id: `lb-injury-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.sprains, hazard: 'HAZ-33' as const })),
    ),
    // Peripheral arterial disease page: a limb that suddenly turns pale or blue, cold or numb
    // needs immediate treatment.
    rule({ id: 'lb-cold-pale', disposition: 'go-to-ae', when: yes('cold-pale'), source: SOURCES.peripheralArterialDisease, hazard: 'HAZ-33' }),
    rule({ id: 'lb-clot', disposition: 'call-111', when: yes('clot-signs'), source: SOURCES.dvt, hazard: 'HAZ-12' }),
    // Cellulitis page: get advice from 111 now if the skin is painful, hot and swollen.
    rule({ id: 'lb-cellulitis', disposition: 'call-111', when: yes('skin-hot-swollen'), source: SOURCES.cellulitis, hazard: 'HAZ-33' }),
    // Gout page: a hot, swollen joint with a high temperature may be an infected joint — 111.
    rule({ id: 'lb-hot-joint-temperature', disposition: 'call-111', when: all(yes('hot-joint'), yes('high-temperature')), source: SOURCES.gout, hazard: 'HAZ-33' }),
    // NICE CKS acute childhood limp: a child who limps or will not use a limb is seen the same day.
    rule({ id: 'lb-child-limp', disposition: 'practice-today', when: yes('child-limp'), source: SOURCES.childhoodLimpCks, hazard: 'HAZ-10' }),
    rule({ id: 'lb-hot-joint', disposition: 'routine', when: yes('hot-joint'), source: SOURCES.gout, hazard: 'HAZ-18' }),
    rule({ id: 'lb-long', disposition: 'routine', when: ticked('how-long', '2-weeks-or-more'), source: SOURCES.sprains, hazard: 'HAZ-18' }),
    // Sprains and strains page: most get better in 2 weeks with rest, ice and painkillers.
    rule({
      id: 'lb-self-care',
      disposition: 'self-care',
      when: all(ageFrom(1), ticked('how-long', 'under-2-weeks'), not(yes('hot-joint'))),
      source: SOURCES.sprains,
      hazard: 'HAZ-18',
    }),
  ],
};
