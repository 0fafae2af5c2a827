import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, next } from './request-helpers';

test.use(WITHOUT_SERVICE_WORKER);

test.describe('request journey: Welsh, 320 px and keyboard', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('in Welsh, pages and error states have no axe violations', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('front-door:language', 'cy'));
    await page.goto('/Y99001/request');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1, name: "Gofyn i'ch practis meddyg teulu am help" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Dechrau nawr' }).click();
    await page.getByRole('button', { name: 'Parhau' }).click();
    await expect(page.getByRole('alert')).toContainText('Dewiswch gyda beth mae angen help arnoch');
    await expectNoAxeViolations(page);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Ar y ddyfais hon' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/Y99001/request', '/Y99001/request/type', '/Y99001/request/details', '/Y99001/request/check', '/settings']) {
      await page.goto(path);
      await expectPageDrawn(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the start of the journey works by keyboard alone', async ({ page }) => {
    await page.goto('/Y99001/request');
    await expect(page.getByRole('link', { name: 'Start now' })).toBeVisible();
    await page.getByRole('link', { name: 'Start now' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeVisible();
    // Tab to the first radio, arrow to the second, Space to choose, Enter submits the form.
    await page.getByLabel('A medical problem').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Something else, like a fit note or a letter')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'What is your admin request about?' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.getByLabel('A fit note (sick note)').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Who is this request for?' })).toBeVisible();
    await page.getByLabel('Me', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('No', { exact: true })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
    await page.getByLabel('Postcode').focus();
    await page.keyboard.press('Enter'); // nothing filled: the error summary takes focus
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // first error link moves focus to its field
    await expect(page.getByLabel('First name', { exact: true })).toBeFocused();
    await page.keyboard.type(ADA.given);
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Ada');
    await next(page);
  });
});
