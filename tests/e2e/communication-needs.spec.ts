import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, adminForMeToDescribe, chestPainTo999, next, received } from './request-helpers';

/** Communication needs, asked once and used everywhere: the request, the confirmation and outcome pages. */
test.use(WITHOUT_SERVICE_WORKER);

test.describe('help to talk to us', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('BSL and relay chosen on /settings come first on an emergency outcome, and 999 is still there', async ({ page }) => {
    await page.goto('/settings');
    const section = page.getByTestId('communication-needs');
    await expect(section.getByRole('heading', { level: 2, name: 'Help to talk to us' })).toBeVisible();
    await section.getByLabel('A British Sign Language (BSL) interpreter').check();
    await section.getByLabel('Relay UK (text relay)').check();
    await expectNoAxeViolations(page);

    await chestPainTo999(page);

    await expect(page.getByText('We have put the ways that suit you first.')).toBeVisible();
    const ways = page.getByTestId('ways-to-get-help').getByRole('listitem');
    await expect(ways).toHaveCount(4);
    await expect(ways.nth(0)).toContainText('999 BSL');
    await expect(ways.nth(1)).toContainText('Call 18000');
    await expect(ways.nth(2)).toContainText('Text 999');
    await expect(ways.nth(3)).toContainText('Call 999');
    await expect(ways.nth(3).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await expectNoAxeViolations(page);
  });

  test('the needs step is filled in from last time, and the confirmation says the practice will text you', async ({ page, request }) => {
    // First request: the patient says they need an interpreter who speaks Polish.
    await adminForMeToDescribe(page);
    await page.getByLabel('Tell us what you need').fill('I need a fit note for my back, from 1 to 14 December.');
    await next(page);
    await page.getByLabel('Text message').check();
    await page.getByLabel('Phone number').fill(ADA.phone);
    await next(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Do you need help to talk to us?' })).toBeVisible();
    await expect(page.getByText('We have ticked what you chose last time.')).toHaveCount(0);
    await page.getByLabel('An interpreter', { exact: true }).check();
    await page.getByLabel('Which language?').fill('Polish');
    await next(page);
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    await expect(page.getByTestId('reply-how')).toHaveText('The practice will text you. They know you need an interpreter who speaks Polish.');
    await expectNoAxeViolations(page);
    expect((await received(request)).requests).toHaveLength(1);

    // On this device they can be seen and changed.
    await page.goto('/settings');
    const section = page.getByTestId('communication-needs');
    await expect(section.getByLabel('An interpreter', { exact: true })).toBeChecked();
    await expect(section.getByLabel('Which language?')).toHaveValue('Polish');
    await section.getByLabel('Large print letters').check();

    // The next request starts with them ticked.
    await adminForMeToDescribe(page, { about: 'A letter or a form' });
    await page.getByLabel('Tell us what you need').fill('A letter for my landlord, please.');
    await next(page);
    await page.getByLabel('Text message').check();
    await page.getByLabel('Phone number').fill(ADA.phone);
    await next(page);
    await expect(page.getByText('We have ticked what you chose last time.')).toBeVisible();
    await expect(page.getByLabel('An interpreter', { exact: true })).toBeChecked();
    await expect(page.getByLabel('Large print letters')).toBeChecked();
    await expect(page.getByLabel('Which language?')).toHaveValue('Polish');
    await expectNoAxeViolations(page);
    await next(page);
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('reply-how')).toHaveText(
      'The practice will text you. They know you need an interpreter who speaks Polish. They know you need large print letters.',
    );
  });
});
