import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Issue 16 item 12: a practice code typed in lower case works on every journey the way
 * `/y99001` always has. The app goes to the same page with the code in upper case, the
 * rest of the path, the query and the hash kept, and shows that page (never "we could
 * not find that practice").
 */
const JOURNEYS = [
  { typed: '/y99001', lands: '/Y99001', heading: 'Riverside Medical Practice' },
  { typed: '/y99001/request', lands: '/Y99001/request', heading: 'Ask your GP practice for help' },
  { typed: '/y99001/request/easy-read', lands: '/Y99001/request/easy-read', heading: 'Ask your GP practice for help' },
  { typed: '/y99001/request/outcome/call-999', lands: '/Y99001/request/outcome/call-999', heading: /Call 999 now/ },
  { typed: '/y99001/appointments?type=face-to-face', lands: '/Y99001/appointments?type=face-to-face', heading: /Choose a time/ },
  { typed: '/y99001/appointments/manage', lands: '/Y99001/appointments/manage', heading: /appointment/i },
  // The guide counts a staff link's `?via=&c=` and then takes them off the address (count-link-open.ts).
  { typed: '/y99001/nhs-app?via=sms&c=winter#no-photo-id', lands: '/Y99001/nhs-app#no-photo-id', heading: 'Get help with the NHS App' },
  { typed: '/y99001/staff', lands: '/Y99001/staff', heading: /NHS App registration tools/ },
];

test.use(WITHOUT_SERVICE_WORKER);

test.describe('a practice code in lower case', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  for (const { typed, lands, heading } of JOURNEYS) {
    test(`${typed} goes to ${lands} and shows its page`, async ({ page, baseURL }) => {
      await page.goto(typed);
      await expect(page).toHaveURL(`${baseURL}${lands}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { name: /We could not find that practice|we cannot show this practice/ })).toHaveCount(0);
    });
  }

  test('a staff link typed in lower case keeps its query through the redirect, so it is counted under its channel', async ({ page }) => {
    const smsOpens = async () => ((await (await page.request.get('/api/practices/Y99001/nhs-app-counts')).json()) as { linkOpens: Record<string, number> }).linkOpens.sms;
    const before = await smsOpens();
    await page.goto('/y99001/nhs-app?via=sms&c=winter');
    await expect(page.getByRole('heading', { level: 1, name: 'Get help with the NHS App' })).toBeVisible();
    await expect.poll(smsOpens).toBe(before! + 1);
  });

  test('the redirect replaces the typed address, so Back leaves rather than bouncing', async ({ page, baseURL }) => {
    await page.goto('/');
    await page.goto('/y99001/request');
    await expect(page).toHaveURL(`${baseURL}/Y99001/request`);
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}/`);
  });

  test('a practice Front Door does not know still says so, in upper case', async ({ page, baseURL }) => {
    await page.goto('/z12345');
    await expect(page).toHaveURL(`${baseURL}/Z12345`);
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that practice' })).toBeVisible();
  });
});
