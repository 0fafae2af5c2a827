import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';
import { adminForMeToCheck, deviceStorageText, expectNoPersonalData, next, startRequest } from './request-helpers';

test.describe('On this device (/settings)', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('lists waiting and sent requests and saved drafts, and "clear everything" works offline', async ({ page, context }) => {
    await adminForMeToCheck(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const reference = (await page.getByTestId('reference').textContent())!;
    // A second request, left half done: a saved draft.
    await startRequest(page);
    await page.getByLabel('Something else, like a fit note or a letter').check();
    await next(page);
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'On this device' })).toBeVisible();
    await expect(page.getByTestId('outbox')).toContainText(`Sent. Reference: ${reference}`);
    await expect(page.getByTestId('drafts')).toContainText('Started');
    await expectNoAxeViolations(page);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.getByTestId('cleared')).toBeVisible();
    await expect(page.getByText('There are no requests on this device.')).toBeVisible();
    const stored = await deviceStorageText(page);
    expectNoPersonalData(stored);
    expect(stored).not.toContain(reference);
    await context.setOffline(false);
  });

  test('on a shared device nothing typed is saved', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('Yes, this is a shared device').check();
    await page.goto('/Y99001/request');
    await expect(page.getByText('This is a shared device, so we will not save your answers on it.')).toBeVisible();
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByLabel('Something else, like a fit note or a letter').check();
    await next(page);
    await page.getByLabel('A letter or a form').check();
    await next(page);
    await page.getByLabel('Me', { exact: true }).check();
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await page.getByLabel('First name', { exact: true }).fill('Sharedname');
    await page.getByLabel('Last name', { exact: true }).fill('Testperson');
    expect(await deviceStorageText(page)).not.toContain('Sharedname');
    await page.reload();
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('');
  });
});
