import type { Page } from '@playwright/test';
import { adminForMeToDescribe, next, received, resourcesOf } from './request-helpers';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Phone numbers as patients write them: a Relay UK code in front ("18001 07700 900123")
 * is how a deaf patient asks to be called through Relay UK, so it is taken and kept as
 * typed; any other wrong number gets a message that says what to change.
 */
async function toContactPage(page: Page) {
  await adminForMeToDescribe(page);
  await page.getByLabel('Tell us what you need').fill('A fit note for my back, please.');
  await next(page);
  await expect(page).toHaveURL(/\/request\/contact$/);
  await page.getByLabel('Phone call').check();
  await page.getByLabel('Any time').check();
  await page.getByRole('group', { name: 'Can we leave a message if you do not answer?' }).getByLabel('No').check();
}

async function switchTo(page: Page, code: string) {
  // The picker stays open after a choice; open it whatever its state.
  await page.locator('details.fd-language').evaluate((picker) => ((picker as HTMLDetailsElement).open = true));
  await page.locator(`.fd-language__option[lang="${code}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

test.use(WITHOUT_SERVICE_WORKER);

test.beforeEach(async ({ page }) => {
  await atTime(page, MONDAY_MORNING);
});

test('a Relay UK number is accepted, shown and sent to the practice exactly as typed', async ({ page, request }) => {
  test.slow(); // a whole request
  await toContactPage(page);
  await page.getByLabel('Phone number').fill('18001 07700 900123');
  await next(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('No, I do not need help').check();
  await next(page);
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before sending your request' })).toBeVisible();
  await expect(page.getByText('18001 07700 900123')).toBeVisible();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');

  const { requests } = await received(request);
  expect(requests).toHaveLength(1);
  expect(resourcesOf(requests[0]!, 'Patient')[0]).toMatchObject({ telecom: [{ system: 'phone', value: '18001 07700 900123' }] });
});

test('a wrong phone number gets a message saying what to change, and keeps what was typed', async ({ page }) => {
  test.slow(); // six numbers, three languages
  await toContactPage(page);
  const phone = page.locator('input#phone'); // by id: its label changes with the language
  const cases: [string, string][] = [
    ['7700 900123', 'Start the phone number with 0, like 07700 900123'],
    ['0770 090012', 'The phone number is too short. UK numbers have 11 digits, like 07700 900123'],
    ['077009001234', 'The phone number is too long. UK numbers have 11 digits, like 07700 900123'],
    ['+33 6 12 34 56 78', 'Enter a UK phone number, starting with 0 or +44, like 07700 900123'],
    ['07700 9OO123', 'Use only numbers and spaces in the phone number, like 07700 900123'],
    ['18001 0770', 'After the Relay UK code 18001 or 18002, write the whole phone number, like 18001 07700 900123'],
  ];
  for (const [typed, message] of cases) {
    await phone.fill(typed);
    await next(page);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('#phone-error')).toContainText(message);
    await expect(phone).toHaveValue(typed);
  }
  await expectNoAxeViolations(page);

  // The same message, in Welsh and in Urdu, and the page still passes axe.
  for (const language of ['cy', 'ur']) {
    await switchTo(page, language);
    await expect(page.locator('#phone-error')).not.toContainText('After the Relay UK code 18001 or 18002');
    await expect(page.locator('#phone-error')).toContainText('18002');
    await expect(phone).toHaveValue('18001 0770');
    await expectNoAxeViolations(page);
  }
});
