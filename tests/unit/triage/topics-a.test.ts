import { describe, expect, it } from 'vitest';
import { compiledQuestionnaire, findQuestionnaire, questionnaireIdForTopic } from '../../../src/content/triage/all';
import { SAFETY_NET_WORDS } from '../../../src/content/triage/safety-net-words';
import { topicSuggestions } from '../../../src/content/triage/topic-words';
import { freeTextSafetyNet } from '../../../src/domain/triage/free-text-safety-net';
import { triage } from '../../../src/domain/triage/triage';
import type { Answers, Sex } from '../../../src/domain/triage/types';

/**
 * The rules of the Topics A topics that are easy to get wrong: age limits, Pharmacy First
 * exclusions, and red flags that mean A&E only with their source's qualifiers. Every rule
 * also fires in a case in docs/clinical-safety/cases/ (tests/unit/triage/cases.test.ts).
 */
const run = (id: string, ageYears: number, sex: Sex, answers: Answers) => triage(compiledQuestionnaire(id), { ageYears, sex, answers });
const NONE = ['none'];

describe('diarrhoea and vomiting: adult, child and baby', () => {
  const child = { 'emergency-signs': NONE, 'cannot-keep-fluids': false, dehydration: NONE, 'blood-in-poo': false, which: 'both', 'diarrhoea-over-7-days': false, 'vomiting-over-2-days': false, abroad: false };
  const baby = { 'emergency-signs': NONE, 'stopped-feeding': false, 'cannot-keep-fluids': false, dehydration: NONE, 'blood-in-poo': false, which: 'both', 'diarrhoea-over-7-days': false, 'vomiting-over-2-days': false };

  it('asks a baby under 1, a child and an adult their own questions', () => {
    expect([0, 1, 15, 16].map((age) => questionnaireIdForTopic('diarrhoea-vomiting', age))).toEqual([
      'diarrhoea-vomiting-baby',
      'diarrhoea-vomiting-child',
      'diarrhoea-vomiting-child',
      'diarrhoea-vomiting-adult',
    ]);
  });

  it('has the practice see a baby the same day even when feeding well, where a child of 1 gets self-care', () => {
    expect(run('diarrhoea-vomiting-baby', 0, 'female', baby).disposition).toBe('practice-today');
    expect(run('diarrhoea-vomiting-child', 1, 'female', child).disposition).toBe('self-care');
  });

  it('sends an under-5 who cannot keep fluids down to 111 (sepsis page), and a child of 5 to the practice today', () => {
    expect(run('diarrhoea-vomiting-child', 4, 'male', { ...child, 'cannot-keep-fluids': true }).disposition).toBe('call-111');
    expect(run('diarrhoea-vomiting-child', 5, 'male', { ...child, 'cannot-keep-fluids': true }).disposition).toBe('practice-today');
  });

  it('never gives self-care after 7 days of diarrhoea or 2 days of being sick', () => {
    expect(run('diarrhoea-vomiting-adult', 40, 'female', { ...child, 'diarrhoea-over-7-days': true }).disposition).toBe('practice-today');
    expect(run('diarrhoea-vomiting-adult', 40, 'female', { ...child, 'vomiting-over-2-days': true }).disposition).toBe('practice-today');
  });
});

describe('Pharmacy First from these topics', () => {
  const sinus = { problem: 'sinus', 'sinus-serious': NONE, 'weak-immune': false, 'sinus-how-long': 'under-10-days' };
  it('sends sinusitis to a pharmacist from 12, not at 11', () => {
    expect(run('nose-sinuses', 12, 'male', sinus)).toMatchObject({ disposition: 'pharmacy', pharmacyCondition: 'sinusitis' });
    expect(run('nose-sinuses', 11, 'male', sinus).disposition).toBe('self-care');
  });

  it('keeps those sinusitis excludes away from the pharmacist', () => {
    expect(run('nose-sinuses', 40, 'female', { ...sinus, 'weak-immune': true }).disposition).toBe('practice-today');
    expect(run('nose-sinuses', 40, 'female', { ...sinus, 'sinus-how-long': '12-weeks-or-more' }).disposition).toBe('routine');
    expect(run('nose-sinuses', 15, 'female', { ...sinus, pregnant: true }).disposition).toBe('practice-today');
  });

  const bite = { kind: 'insect', allergy: NONE, 'insect-urgent': NONE, 'insect-infected': ['pus-worse'], 'insect-exclusions': NONE };
  it('sends an infected insect bite to a pharmacist from 1, and a baby under 1 to the practice', () => {
    expect(run('wounds-bites-burns', 1, 'female', bite)).toMatchObject({ disposition: 'pharmacy', pharmacyCondition: 'infected-insect-bite' });
    expect(run('wounds-bites-burns', 0, 'female', bite).disposition).toBe('practice-today');
  });

  it('keeps a bite from abroad, a weak immune system or a spreading infection away from the pharmacist', () => {
    expect(run('wounds-bites-burns', 30, 'male', { ...bite, 'insect-exclusions': ['abroad'] }).disposition).toBe('practice-today');
    expect(run('wounds-bites-burns', 30, 'male', { ...bite, 'insect-exclusions': ['weak-immune'] }).disposition).toBe('practice-today');
    expect(run('wounds-bites-burns', 30, 'male', { ...bite, 'insect-urgent': ['spreading-unwell'] }).disposition).toBe('practice-today');
  });

  it('does not send a bite that is not infected to the pharmacist', () => {
    expect(run('wounds-bites-burns', 30, 'male', { ...bite, 'insect-infected': NONE }).disposition).toBe('self-care');
  });
});

describe('qualifiers of the source', () => {
  const eye = { chemical: false, 'stuck-or-pierced': NONE, 'warning-signs': NONE, injured: false, 'contact-lenses': false, 'how-long': 'under-1-week' };
  it('sends flashing lights with a red eye to A&E (red eye page), and in a white eye to 111 (floaters page)', () => {
    expect(run('eyes', 55, 'female', { ...eye, sight: ['changes'], symptoms: ['red'] }).disposition).toBe('go-to-ae');
    expect(run('eyes', 55, 'female', { ...eye, sight: ['changes'], symptoms: NONE }).disposition).toBe('call-111');
  });

  it('gives self-care for recognised thrush only from 16 to 60, and sends a first thrush to the GP', () => {
    const thrush = { symptoms: ['thrush'], 'thrush-before': true, 'thrush-exclusions': NONE, 'hiv-risk': false, 'sti-worry': false, bleeding: NONE };
    expect([15, 16, 60, 61].map((age) => run('genital-sexual-health', age, 'female', thrush).disposition)).toEqual(['routine', 'self-care', 'self-care', 'routine']);
    expect(run('genital-sexual-health', 30, 'female', { ...thrush, 'thrush-before': false }).disposition).toBe('routine');
  });

  it('sends dental problems to a dentist, never to the GP practice as if it could treat teeth', () => {
    const mouth = { 'swelling-breathing': false, 'swelling-eye-neck': false, 'face-injury': NONE, problem: 'toothache' };
    expect(run('mouth-teeth', 30, 'male', { ...mouth, 'urgent-dental': ['severe-pain'], 'toothache-signs': NONE })).toMatchObject({ disposition: 'call-111', outcomeId: 'dentist-urgent' });
    expect(run('mouth-teeth', 30, 'male', { ...mouth, 'urgent-dental': NONE, 'toothache-signs': ['over-2-days'] })).toMatchObject({ disposition: 'routine', outcomeId: 'dentist' });
  });

  it('asks about sex, emergency contraception and HIV only from 13', () => {
    const items = findQuestionnaire('genital-sexual-health')!.item;
    for (const linkId of ['hiv-risk', 'emergency-contraception', 'sti-worry']) {
      expect(items.find((i) => i.linkId === linkId)?.forPatient?.age?.min, linkId).toBe(13);
    }
    expect(run('genital-sexual-health', 19, 'female', { 'emergency-contraception': true })).toMatchObject({ disposition: 'practice-today', outcomeId: 'emergency-contraception' });
    expect(run('genital-sexual-health', 19, 'male', { 'hiv-risk': true })).toMatchObject({ disposition: 'call-111', outcomeId: 'hiv-pep' });
  });
});

describe('words typed after "Something else"', () => {
  const asks = (text: string) => freeTextSafetyNet(text, 'en', SAFETY_NET_WORDS).ask;

  it.each([
    ['I suddenly lost the sight in my left eye this morning', 'sudden-sight-loss'],
    ['got bleach in my eye while cleaning', 'chemical-in-eye'],
    ['he has been vomiting and there was blood in his sick', 'vomiting-blood-or-green'],
    ['my son says his testicle really hurts, it started an hour ago', 'testicle-sudden-pain'],
    ['my foot has gone cold and pale and it hurts', 'cold-pale-limb'],
    ['tooth abscess and my face is swollen', 'swelling-eye-neck'],
    ["nosebleed that won't stop", 'nosebleed-will-not-stop'],
    ['burnt my hand on the oven door', 'serious-burn'],
  ])('"%s" asks %s directly', (text, question) => {
    expect(asks(text)).toContain(question);
  });

  it.each([
    ['it burns when I wee and I need to go all the time'],
    ['acid indigestion after every meal'],
    ["I can't see the GP until next month"],
  ])('"%s" asks none of these topics\' questions', (text) => {
    const topicsA = ['sudden-sight-loss', 'chemical-in-eye', 'vomiting-blood-or-green', 'testicle-sudden-pain', 'cold-pale-limb', 'swelling-eye-neck', 'nosebleed-will-not-stop', 'serious-burn'];
    expect(asks(text).filter((q) => topicsA.includes(q))).toEqual([]);
  });

  it.each([
    ['the dog bit my hand yesterday', 'wounds-bites-burns'],
    ['I chipped a tooth and it hurts', 'mouth-teeth'],
    ['sinusitis again, my cheekbones ache', 'nose-sinuses'],
    ['diarrhoea since Sunday', 'diarrhoea-vomiting'],
    ['my eye is red and sticky', 'eyes'],
    ['itchy discharge down below', 'genital-sexual-health'],
    ['twisted my ankle playing football', 'limb'],
  ])('"%s" offers %s first', (text, topic) => {
    expect(topicSuggestions(text, 'en')[0]).toBe(topic);
  });
});
