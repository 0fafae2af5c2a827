import type { TriageQuestionnaire } from '../../../domain/triage/types';
import { ageFrom, ageUpTo, all, any, anyOf, isCode, not, oneOf, rule, rulePerOption, ticked, tickedAny, yes, yesNo } from '../build';
import { SOURCES } from '../sources';

/**
 * Mouth, teeth and tongue, for all ages. A GP cannot treat teeth: dental problems go to a
 * dentist, or to 111 for urgent dental care (NHS.UK "dental emergencies"). Swelling that
 * spreads to the eye or neck, or makes it hard to breathe or swallow, goes to A&E.
 */
const ID = 'mouth-teeth';
const FACE_INJURY = ['serious-injury', 'bleeding-will-not-stop', 'knocked-out-or-sick'] as const;
const URGENT_DENTAL = ['knocked-out-tooth', 'severe-pain', 'pain-not-going', 'lump-growing', 'after-tooth-out', 'broken-filling'] as const;
const TOOTHACHE_SIGNS = ['over-2-days', 'high-temperature', 'pain-biting', 'red-gums', 'bad-taste', 'swollen-cheek'] as const;
const ULCER_SIGNS = ['over-3-weeks', 'keep-coming-back', 'more-painful-red'] as const;
const THRUSH_SEE_GP = ['not-better-after-treatment', 'weak-immune', 'diabetes'] as const;
const problem = (code: string) => ticked('problem', code);

export const mouthTeeth: TriageQuestionnaire = {
  resourceType: 'Questionnaire',
  id: ID,
  status: 'draft',
  title: `questionnaires.${ID}.title`,
  defaultDisposition: 'routine',
  item: [
    yesNo(ID, 'swelling-breathing'),
    yesNo(ID, 'swelling-eye-neck', { hint: true }),
    anyOf(ID, 'face-injury', FACE_INJURY),
    anyOf(ID, 'urgent-dental', URGENT_DENTAL),
    oneOf(ID, 'problem', ['toothache', 'gums', 'ulcer', 'white-patches', 'other']),
    anyOf(ID, 'toothache-signs', TOOTHACHE_SIGNS, { enableWhen: [isCode('problem', 'toothache')] }),
    anyOf(ID, 'ulcer-signs', ULCER_SIGNS, { enableWhen: [isCode('problem', 'ulcer')] }),
    anyOf(ID, 'thrush-see-gp', THRUSH_SEE_GP, { enableWhen: [isCode('problem', 'white-patches')] }),
  ],
  rules: [
    // Toothache and dental abscess pages: go to A&E if swelling makes it hard to breathe,
    // swallow or speak, or has spread to around the eye or the neck.
    rule({ id: 'mt-swelling-breathing', disposition: 'go-to-ae', when: yes('swelling-breathing'), source: SOURCES.dentalAbscess, hazard: 'HAZ-35' }),
    rule({ id: 'mt-swelling-eye-neck', disposition: 'go-to-ae', when: yes('swelling-eye-neck'), source: SOURCES.toothache, hazard: 'HAZ-35' }),
    // Dental emergencies page: go to A&E or call 999.
    ...rulePerOption(
      'face-injury',
      FACE_INJURY.map((code) => ({ code, id: `mt-${code}`, disposition: 'go-to-ae' as const, source: SOURCES.dentalEmergency, hazard: 'HAZ-35' as const })),
    ),
    // Dental emergencies page: ask for an urgent dental appointment, or 111 for urgent dental care.
    ...rulePerOption(
      'urgent-dental',
      URGENT_DENTAL.map((code) => ({
        code,
        id: `mt-urgent-${code}`,
        disposition: 'call-111' as const,
        outcome: 'dentist-urgent',
        source: SOURCES.dentalEmergency,
        hazard: 'HAZ-35' as const,
      })),
    ),
    // Toothache page: see a dentist (not a GP) for toothache that lasts more than 2 days or
    // comes with a high temperature, pain on biting, red gums, a bad taste or a swollen face.
    rule({ id: 'mt-see-dentist', disposition: 'routine', outcome: 'dentist', when: all(problem('toothache'), tickedAny('toothache-signs', TOOTHACHE_SIGNS)), source: SOURCES.toothache, hazard: 'HAZ-35' }),
    rule({ id: 'mt-gums', disposition: 'routine', outcome: 'dentist', when: problem('gums'), source: SOURCES.toothache, hazard: 'HAZ-18' }),
    // Mouth ulcers page: see a GP or dentist for an ulcer over 3 weeks (it can be a sign of
    // mouth cancer), ulcers that keep coming back, or one getting more painful and red.
    rule({ id: 'mt-ulcer-see-gp', disposition: 'routine', when: all(problem('ulcer'), tickedAny('ulcer-signs', ULCER_SIGNS)), source: SOURCES.mouthUlcers, hazard: 'HAZ-18' }),
    // Oral thrush page: a pharmacist can help; a GP for babies, no better after treatment, a
    // weak immune system or diabetes.
    rule({
      id: 'mt-thrush-see-gp',
      disposition: 'routine',
      when: all(problem('white-patches'), any(tickedAny('thrush-see-gp', THRUSH_SEE_GP), ageUpTo(0))),
      source: SOURCES.oralThrush,
      hazard: 'HAZ-18',
    }),
    rule({
      id: 'mt-self-care',
      disposition: 'self-care',
      when: any(
        all(problem('toothache'), not(tickedAny('toothache-signs', TOOTHACHE_SIGNS))),
        all(problem('ulcer'), not(tickedAny('ulcer-signs', ULCER_SIGNS))),
        all(problem('white-patches'), ageFrom(1), not(tickedAny('thrush-see-gp', THRUSH_SEE_GP))),
      ),
      source: SOURCES.toothache,
      hazard: 'HAZ-18',
    }),
  ],
};
