import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, waitForPracticeSaved, waitForServiceWorker } from './fixtures';
import { chestPainTo999, startRequest } from './request-helpers';
import type { Page } from '@playwright/test';
import { tabTo } from './keyboard';

async function expectEasyRead999(page: Page) {
  await expect(page).toHaveURL(/\/Y99001\/request\/outcome\/call-999\/easy-read$/);
  await expect(page.getByRole('heading', { level: 1, name: /Call 999 now/ })).toBeVisible();
  await expect(page.getByTestId('easy-read-action')).toHaveText('Call 999 now.');
  await expect(page.getByTestId('easy-read-action').locator('strong')).toBeVisible();
  await expect(page.getByText('Do not wait for your GP practice to reply.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByRole('link', { name: 'Text 999' })).toHaveAttribute('href', 'sms:999');
  await expect(page.getByTestId('nothing-sent')).toBeVisible();
  await expect(page.getByRole('link', { name: /Continue/ })).toHaveCount(0);
}

test.describe('easy read', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('the easy-read start page is one tap from the standard one, in big short lines, and starts the request', async ({ page }) => {
    await startRequest(page);
    await page.goBack();
    await page.getByRole('link', { name: 'Easy read version' }).click();
    await expect(page).toHaveURL(/\/Y99001\/request\/easy-read$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
    await expect(page.getByTestId('easy-read-action')).toHaveText('Call 999 now.');
    await expect(page.getByText('The practice tries to reply within 1 working day.')).toBeVisible();
    // Large text: bigger than the standard page's body text.
    const size = await page.getByText('It takes about 10 minutes.').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Standard version' }).click();
    await expect(page).toHaveURL(/\/Y99001\/request$/);
    await page.getByRole('link', { name: 'Easy read version' }).click();
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeVisible();
  });

  test('by keyboard alone: to the easy-read version and into the request', async ({ page }) => {
    await page.goto('/Y99001/request');
    await tabTo(page, page.getByRole('link', { name: 'Easy read version' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/Y99001\/request\/easy-read$/);
    await tabTo(page, page.getByRole('link', { name: 'Start now' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need help with?' })).toBeVisible();
  });

  test('the 999 outcome in easy read: the same instruction, the same 999 links, nothing sent', async ({ page }) => {
    await chestPainTo999(page);
    await page.getByRole('link', { name: 'Easy read version' }).click();
    await expectEasyRead999(page);
    await expect(page.locator('[data-care-level]')).toHaveAttribute('data-care-level', 'immediate');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Standard version' }).click();
    await expect(page).toHaveURL(/\/outcome\/call-999$/);
    await expect(page.getByTestId('nothing-sent')).toBeVisible();
  });

  test('at 320 px wide the easy-read pages do not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/Y99001/request/easy-read', '/Y99001/request/outcome/call-999/easy-read', '/Y99001/request/outcome/practice-today/easy-read']) {
      await page.goto(path);
      await expectPageDrawn(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('after the standard 999 outcome was seen once online, its easy-read version opens offline', async ({ page, context }) => {
    await page.goto('/Y99001');
    await waitForServiceWorker(page);
    await chestPainTo999(page);
    await waitForPracticeSaved(page, 'Y99001');
    // The words are kept on the device once the service worker is ready.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match(new URL('/locales/en/easy-read.json', location.href).href, { ignoreSearch: true }))))
      .toBe(true);

    await context.setOffline(true);
    await page.goto('/Y99001/request/outcome/call-999/easy-read');
    await expectEasyRead999(page);
    await expect(page.getByTestId('offline-indicator')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
  });
});
