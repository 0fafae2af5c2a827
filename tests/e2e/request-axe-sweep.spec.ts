import type { Page } from '@playwright/test';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Issue 4 must-show: zero axe violations on every request page and its error state, in
 * English and Welsh. The walk is a medical request for a child (emergency screen,
 * relationship, details, topic questions, advice outcome, free text, contact, needs,
 * photos, check, sent); the answers are chosen by field name and value, so the same
 * walk runs in either language.
 */

type Step = { match: RegExp; fill: (page: Page) => Promise<void>; errorState?: boolean };

const radio = (page: Page, name: string, value: string) => page.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();

async function answerQuestion(page: Page) {
  const none = page.locator('input[type=checkbox][value=none]');
  if (await none.count()) return none.check();
  const no = page.locator('input[type=radio][value=no], input[type=radio][value=false]');
  if (await no.count()) return no.first().check();
  return page.locator('input[type=radio]').first().check();
}

const STEPS: Step[] = [
  { match: /\/request\/type$/, fill: (p) => radio(p, 'kind', 'medical') },
  { match: /\/request\/reason$/, fill: (p) => radio(p, 'reason', 'new-problem') },
  { match: /\/request\/who$/, fill: (p) => radio(p, 'forWho', 'child') },
  { match: /\/request\/questions\/emergency-/, fill: answerQuestion },
  {
    match: /\/request\/relationship$/,
    fill: async (p) => {
      await radio(p, 'consent', 'yes');
      await p.locator('[name=proxyGivenName]').fill('Cal');
      await p.locator('[name=proxyFamilyName]').fill('Testparent');
      await radio(p, 'replyTo', 'me');
      const relationship = p.locator('input[type=radio][name=relationship]');
      if (await relationship.count()) await relationship.first().check();
    },
  },
  {
    match: /\/request\/details$/,
    fill: async (p) => {
      await p.locator('#givenName').fill('Bea');
      await p.locator('#familyName').fill('Testchild');
      await p.locator('[name=dob-day]').fill('1');
      await p.locator('[name=dob-month]').fill('6');
      await p.locator('[name=dob-year]').fill('2019');
      await radio(p, 'sex', 'female');
      await p.locator('#postcode').fill('EX1 2AB');
    },
  },
  { match: /\/request\/topic$/, fill: (p) => radio(p, 'topic', 'sore-throat') },
  { match: /\/request\/questions\/sore-throat\//, fill: answerQuestion },
  { match: /\/request\/outcome\//, fill: async () => {}, errorState: false },
  { match: /\/request\/describe$/, fill: (p) => p.locator('#description').fill('Sore throat for three days.'), errorState: false },
  {
    match: /\/request\/contact$/,
    fill: async (p) => {
      await p.locator('input[name=methods][value=phone]').check();
      await p.locator('#phone').fill('07700 900982');
      await p.locator('input[name=times]').first().check();
      await radio(p, 'leaveMessage', 'yes');
    },
  },
  { match: /\/request\/needs$/, fill: (p) => p.locator('input[name=needs][value=none]').check() },
  { match: /\/request\/photos$/, fill: (p) => radio(p, 'wantsPhotos', 'no') },
  { match: /\/request\/check$/, fill: async () => {}, errorState: false },
];

/** Runs axe on the page and (where it has one) on its error state, then fills it in and moves on. */
async function expectStepAccessibleThenContinue(page: Page, step: Step, path: string) {
  await expectNoAxeViolations(page);
  const submit = page.locator('main button.nhsuk-button').last();
  if (step.errorState !== false) {
    await submit.click(); // nothing filled
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expectNoAxeViolations(page);
  }
  await step.fill(page);
  if (/\/outcome\//.test(path)) await page.locator('main a.nhsuk-button').last().click();
  else await submit.click();
}

test.use(WITHOUT_SERVICE_WORKER);
for (const language of ['en', 'cy'] as const) {
  test.describe(`request pages in ${language === 'en' ? 'English' : 'Welsh'}`, () => {
    test.beforeEach(async ({ page }) => {
      await atTime(page, MONDAY_MORNING);
      if (language === 'cy') await page.addInitScript(() => localStorage.setItem('front-door:language', 'cy'));
    });

    test('every page and its error state has no axe violations, start to sent', async ({ page }) => {
      test.slow();
      await page.goto('/Y99001/request');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectPageDrawn(page);
      await expectNoAxeViolations(page);
      await page.locator('a.nhsuk-button').click(); // Start now

      const seen = new Set<string>();
      while (!/\/request\/sent\//.test(page.url())) {
        await expectPageDrawn(page);
        const path = new URL(page.url()).pathname;
        const step = STEPS.find((s) => s.match.test(path));
        expect(step, `no step for ${path}`).toBeTruthy();
        expect(seen.has(path), `stuck on ${path}`).toBe(false);
        seen.add(path);
        await expectStepAccessibleThenContinue(page, step!, path);
        await expect(page).not.toHaveURL(new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
      }
      await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
      await expectNoAxeViolations(page);
      for (const must of ['type', 'reason', 'who', 'relationship', 'details', 'topic', 'describe', 'contact', 'needs', 'photos', 'check']) {
        expect([...seen].some((p) => p.endsWith(`/request/${must}`)), `walk visited ${must}`).toBe(true);
      }
      expect([...seen].some((p) => p.includes('/outcome/')), 'walk visited an outcome page').toBe(true);

      // The pages off the main path: closed (Hillview's flood), cannot ask, an emergency outcome, settings.
      for (const path of ['/Y99002/request/closed/medical', '/Y99001/request/cannot-ask', '/Y99001/request/outcome/call-999', '/settings']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });
  });
}
