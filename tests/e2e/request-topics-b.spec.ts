import type { Page } from '@playwright/test';
import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, CHILD, PARENT, fillDetails, next, noEmergency, startRequest } from './request-helpers';

/**
 * Issue 12, "Must show": a minor problem answered honestly in each new topic (falls and head
 * injury, dizziness, palpitations, numbness, babies, joints, skin) never reaches 999 or A&E.
 * Each walk goes through the real journey: the emergency screen, details, the topic, the
 * patient's own words and every question the topic asks, answering "None of these" or "No"
 * unless the case says otherwise.
 */
const BABY = { given: 'Dot', family: 'Testbaby', day: '1', month: '4', year: '2026' };

interface Walk {
  topic: string;
  who: 'me' | 'child';
  person?: typeof CHILD;
  words: string;
  /** Answers by question heading (the first pattern that fits); others: "None of these" or "No". */
  answers: [RegExp, string][];
  expected: string;
}

const WALKS: Walk[] = [
  { topic: 'A fall, or a bump to the head', who: 'child', words: 'She bumped her head on the table, cried for a minute and is playing again.', answers: [[/hit their head/, 'Yes']], expected: 'self-care' },
  { topic: 'Feeling dizzy or fainting', who: 'me', words: 'I go dizzy for a few seconds when I stand up quickly.', answers: [[/most like the dizziness/, 'It lasts a few seconds after standing up']], expected: 'self-care' },
  { topic: 'Heart racing, pounding or fluttering', who: 'me', words: 'My heart flutters for a few seconds after strong coffee.', answers: [[/How long does it last/, 'A few seconds']], expected: 'self-care' },
  { topic: 'Numbness, weakness or tingling', who: 'me', words: 'Pins and needles in my foot after sitting cross-legged. It went when I moved.', answers: [[/start after a fall, knock/, 'No'], [/spreading/, 'No'], [/most like it/, 'It went away after moving. It came after sitting or lying still for a long time']], expected: 'self-care' },
  { topic: 'A baby under 1 year old', who: 'child', person: BABY, words: 'She has a runny nose and a little cough.', answers: [[/How old is your baby/, '6 months or older'], [/high temperature/, 'No'], [/How is your baby feeding/, 'As usual'], [/main problem/, 'A cold: a blocked or runny nose, or a cough']], expected: 'self-care' },
  { topic: 'Joint or muscle pain, a sprain or strain', who: 'me', words: 'I twisted my ankle at football yesterday. It is a bit swollen but I can walk on it.', answers: [[/start after an injury/, 'Yes'], [/When did the pain start/, 'In the last few days']], expected: 'self-care' },
  { topic: 'Eczema, acne, psoriasis, hives, moles, itching', who: 'me', words: 'My eczema is dry and itchy on my elbows again.', answers: [[/most like the skin problem/, 'Eczema: dry, itchy, sore or cracked skin']], expected: 'self-care' },
];

async function toTopic(page: Page, walk: Walk) {
  await startRequest(page);
  await page.getByLabel('A medical problem').check();
  await next(page);
  await page.getByLabel('A new health problem').check();
  await next(page);
  if (walk.who === 'me') {
    await page.getByLabel('Me', { exact: true }).check();
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await noEmergency(page);
    await fillDetails(page, ADA, 'Female');
  } else {
    await page.getByLabel('My child, or a child I look after').check();
    await next(page);
    await noEmergency(page);
    await page.getByRole('group', { name: 'Do you have the legal rights and duties of a parent for this child?' }).getByLabel('Yes').check();
    await page.getByLabel('Your first name').fill(PARENT.given);
    await page.getByLabel('Your last name').fill(PARENT.family);
    await page.getByLabel('Me', { exact: true }).check();
    await next(page);
    await fillDetails(page, walk.person ?? CHILD, 'Female');
  }
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'What is the problem about?' })).toBeVisible();
  // The babies topic is offered only for a baby.
  await expect(page.getByLabel('A baby under 1 year old', { exact: true })).toHaveCount(walk.person === BABY ? 1 : 0);
}

/** Answers each question page until the outcome shows; returns the outcome's disposition. */
async function answerUntilOutcome(page: Page, walk: Walk): Promise<string | null> {
  const outcome = page.getByTestId('triage-outcome');
  const heading = page.getByRole('heading', { level: 1 });
  for (let pages = 0; pages < 20; pages++) {
    // On a question or the outcome, not still on the page before (its heading and options would be read).
    await expect(page).toHaveURL(/\/request\/(questions|outcome)\//);
    await expect(outcome.or(page.getByRole('button', { name: 'Continue' }))).toBeVisible();
    if (await outcome.isVisible()) return outcome.getAttribute('data-disposition');
    const title = await heading.innerText();
    const given = walk.answers.find(([pattern]) => pattern.test(title))?.[1];
    const none = page.getByLabel('None of these', { exact: true });
    if (given) await page.getByLabel(given, { exact: true }).check();
    else if (await none.count()) await none.check();
    else await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await expect(heading).not.toHaveText(title);
  }
  throw new Error(`no outcome after 20 questions in "${walk.topic}"`);
}

test.use(WITHOUT_SERVICE_WORKER);

test.describe('a minor problem in each new topic never reaches 999 or A&E', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  // Whole journeys, page by page: longer than one page's default budget.
  test.slow();

  for (const walk of WALKS) {
    test(`${walk.topic}: "${walk.words}"`, async ({ page }) => {
      await toTopic(page, walk);
      await page.getByLabel(walk.topic, { exact: true }).check();
      await next(page);
      await page.getByLabel('Tell us about the problem in your own words').fill(walk.words);
      await next(page);
      const disposition = await answerUntilOutcome(page, walk);
      expect(['call-999', 'go-to-ae']).not.toContain(disposition);
      expect(disposition).toBe(walk.expected);
    });
  }
});
