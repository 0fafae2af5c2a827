import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

test.use(WITHOUT_SERVICE_WORKER);

test.describe('find your practice', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('finds practices by name, postcode and ODS code', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Find your GP practice' })).toBeVisible();
    const search = page.getByLabel('Practice name, postcode or ODS code');

    await search.fill('harbour');
    await search.press('Enter');
    await expect(page.getByRole('heading', { name: '1 practice found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Harbour Street Surgery' })).toBeVisible();

    await page.getByLabel('Practice name, postcode or ODS code').fill('SF2 9LL');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('link', { name: 'Meadow Lane Health Centre' })).toBeVisible();

    await page.getByLabel('Practice name, postcode or ODS code').fill('y99002');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\?q=y99002/);
    await page.getByRole('link', { name: 'Hillview Surgery' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hillview Surgery' })).toBeVisible();
  });

  test('too short a search gets a clear message and keeps what was typed', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Practice name, postcode or ODS code').fill('r');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByText('Enter at least 2 letters or numbers')).toBeVisible();
    await expect(page.getByLabel('Practice name, postcode or ODS code')).toHaveValue('r');
  });

  test('no match says so and suggests the postcode', async ({ page }) => {
    await page.goto('/?q=nowhere');
    await expect(page.getByRole('heading', { name: /No practices found for “nowhere”/ })).toBeVisible();
  });
});
