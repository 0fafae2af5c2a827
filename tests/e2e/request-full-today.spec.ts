import type { Page } from '@playwright/test';
import { buildRequestBundle } from '../../src/domain/request/fhir-bundle';
import { completeDraft } from '../unit/request/fixtures';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { received } from './request-helpers';

/*
 * Core hours are the contract (issue 16, item 3): a daily cap may close online requests
 * only outside 08:00–18:30 on working days, and then the patient learns it on the
 * practice home and at the start, before any question, not after 15 pages.
 */
const MONDAY_EVENING = '2026-11-23T19:00:00Z';

/** Admin requests that reached Harbour Street (Y99004) from other patients. */
async function adminRequestsArrive(page: Page, count: number, at: string) {
  for (let n = 1; n <= count; n++) {
    const id = `7c0a1d2e-3f4b-4c5d-8e6f-${String(n).padStart(12, '0')}`;
    const bundle = buildRequestBundle({ ...completeDraft({ ods: 'Y99004' }), id }, null, [], new Date(at));
    const response = await page.request.post('/api/fhir', { headers: { 'Content-Type': 'application/fhir+json' }, data: JSON.stringify(bundle) });
    expect(response.status()).toBe(200);
  }
}

test.use(WITHOUT_SERVICE_WORKER);

test.describe('a day that is full', () => {
  test('on a Monday evening after 2 admin requests, the home and the start say admin is full for today and when it opens, and choosing admin asks nothing', async ({ page, request }) => {
    await atTime(page, MONDAY_EVENING);
    await adminRequestsArrive(page, 2, MONDAY_EVENING);

    await page.goto('/Y99004');
    const status = page.getByTestId('requests-status');
    await expect(status).toContainText('Admin requests: Full for today. Open again Tuesday 24 November at 7am.');
    // Medical requests here follow core hours only: closed for the evening, not full.
    await expect(status).toContainText('Medical requests: Closed now. Open again Tuesday 24 November at 8am.');
    await expect(status).not.toContainText('Open now');
    await expect(status).toHaveAttribute('data-state', 'closed');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Ask for help' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
    const availability = page.getByTestId('request-availability');
    await expect(availability.locator('[data-kind="admin"]')).toHaveText('Admin requests: full for today, open again Tuesday 24 November at 7am');
    await expect(availability.locator('[data-kind="medical"]')).toHaveText('Medical requests: closed now, open again Tuesday 24 November at 8am');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Start now' }).click();
    await page.getByLabel('Something else, like a fit note or a letter').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/Y99004\/request\/closed\/admin$/);
    const main = page.getByRole('main');
    await expect(main).toContainText('There is no more room for admin requests today.');
    await expect(main).toContainText('You can send one from Tuesday 24 November at 7am.');
    await expect(main).not.toContainText(/reply/i); // nothing was sent: no promise of a reply
    await expect(main.getByRole('link', { name: 'For urgent help, go to 111.nhs.uk or call 111.' })).toBeVisible();
    await expectNoAxeViolations(page);
    // Nothing more reached the practice.
    expect((await received(request)).requests).toHaveLength(2);
  });

  test('in core hours the same count never closes admin requests (GP contract 2025/26)', async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await adminRequestsArrive(page, 3, MONDAY_MORNING);
    await page.goto('/Y99004');
    await expect(page.getByTestId('requests-status')).toContainText('Open now until');
    await expect(page.getByTestId('requests-status')).not.toContainText('Full for today');
    await page.goto('/Y99004/request');
    await expect(page.getByTestId('request-availability').locator('[data-kind="admin"]')).toHaveText('Admin requests: open now until 8pm');
  });

  test('the start page gives a closure’s reason, and a reason recorded for switching requests off, before any question', async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.goto('/Y99002/request');
    await expect(page.getByTestId('requests-notice')).toContainText('The practice is closed:');
    await expect(page.getByTestId('requests-notice')).toContainText('flood');
    await expect(page.getByTestId('request-availability').locator('[data-kind="medical"]')).toContainText('closed now, open again Monday 30 November at 8am');
    await page.goto('/Y99003/request');
    await expect(page.getByTestId('requests-notice')).toContainText('The practice says: We are moving to a new computer system');
  });
});
