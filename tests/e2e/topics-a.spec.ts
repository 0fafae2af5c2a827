import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { answerTopicQuestions, medicalForAdaToTopic, next } from './request-helpers';

/**
 * Issue 12: a minor problem answered honestly in each new topic never reaches 999 or A&E.
 * Each case walks the real journey (emergency screen, details, topic, own words, topic
 * questions) as Ada, 46, and checks where she is sent. The answers are by question, so a
 * question added later fails the walk instead of being skipped silently.
 */
type Answer = string | readonly string[];

interface MinorCase {
  topic: string;
  says: string;
  answers: Readonly<Record<string, Answer>>;
  expected: 'self-care' | 'pharmacy';
}

const NONE = ['None of these'];

const CASES: readonly MinorCase[] = [
  {
    topic: 'Eyes',
    says: 'Both my eyes are red and sticky in the mornings since Monday.',
    answers: {
      chemical: 'No',
      'stuck-or-pierced': NONE,
      sight: NONE,
      'warning-signs': NONE,
      injured: 'No',
      symptoms: ['Red or pink', 'Sticky, with pus or crusts on the lashes', 'Gritty or burning'],
      'contact-lenses': 'No',
      'how-long': 'Less than 1 week',
    },
    expected: 'self-care',
  },
  {
    topic: 'Diarrhoea or being sick (vomiting)',
    says: 'Tummy bug since yesterday, runny poo and was sick twice last night.',
    answers: {
      'emergency-signs': NONE,
      'cannot-keep-fluids': 'No',
      'blood-in-poo': 'No',
      dehydration: NONE,
      which: 'Both',
      'diarrhoea-over-7-days': 'No',
      'vomiting-over-2-days': 'No',
      abroad: 'No',
    },
    expected: 'self-care',
  },
  {
    topic: 'Pain or swelling in an arm or leg',
    says: 'I went over on my ankle at netball. It is a bit swollen but I can walk on it.',
    answers: {
      injury: 'Yes',
      'bone-showing': 'No',
      'clot-signs': 'No',
      'injury-signs': NONE,
      'cold-pale': 'No',
      'skin-hot-swollen': 'No',
      'hot-joint': 'No',
      'how-long': 'Less than 2 weeks',
    },
    expected: 'self-care',
  },
  {
    topic: 'Vaginal, genital or sexual health',
    says: 'Thrush again, itchy with white discharge, same as last time.',
    answers: {
      'could-be-pregnant': 'No',
      'hiv-risk': 'No',
      'emergency-contraception': 'No',
      bleeding: NONE,
      symptoms: ['Itching and soreness, with a white discharge like cottage cheese (thrush)'],
      'thrush-before': 'Yes',
      'thrush-exclusions': NONE,
      'sti-worry': 'No',
    },
    expected: 'self-care',
  },
  {
    topic: 'Mouth, teeth or tongue',
    says: 'A back tooth started aching last night when I drink something cold.',
    answers: {
      'swelling-breathing': 'No',
      'swelling-eye-neck': 'No',
      'face-injury': NONE,
      'urgent-dental': NONE,
      problem: 'Toothache',
      'toothache-signs': NONE,
    },
    expected: 'self-care',
  },
  {
    topic: 'Nose, sinuses or hay fever',
    says: 'Blocked nose after a cold, and my cheeks ache when I bend down.',
    answers: {
      problem: 'A blocked or runny nose, and pain or pressure in the face',
      'sinus-serious': NONE,
      'weak-immune': 'No',
      'sinus-how-long': 'Less than 10 days',
    },
    expected: 'pharmacy',
  },
  {
    topic: 'Cuts, bites, stings or burns',
    says: 'Small cut on my finger from a kitchen knife. It stopped after I pressed on it.',
    answers: {
      kind: 'A cut, graze or other wound',
      'bleeding-will-not-stop': 'No',
      'wound-ae': NONE,
      'tetanus-signs': 'No',
      'wound-infected': 'No',
      'tetanus-risk': 'No',
    },
    expected: 'self-care',
  },
];

test.use(WITHOUT_SERVICE_WORKER);

test.describe('new topics: a minor problem is never sent to 999 or A&E', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  for (const c of CASES) {
    test(`${c.topic}: ${c.expected}`, async ({ page }) => {
      // About 15 pages from the practice home page to the outcome.
      test.slow();
      await medicalForAdaToTopic(page);
      await page.getByLabel(c.topic, { exact: true }).check();
      await next(page);
      await page.getByLabel('Tell us about the problem in your own words').fill(c.says);
      await next(page);
      await answerTopicQuestions(page, c.answers);
      await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', c.expected);
    });
  }
});
