import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

test.use(WITHOUT_SERVICE_WORKER);

test.describe('practice home', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('shows the practice, its hours and that online requests are open, from the backend', async ({ page, thirdPartyRequests }) => {
    await page.goto('/Y99001');
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expect(page).toHaveTitle(/Riverside Medical Practice/);
    await expect(page.getByText('14 River Road, Exampleton, EX1 2AB')).toBeVisible();
    await expect(page.getByRole('link', { name: '01632 960001' })).toHaveAttribute('href', 'tel:01632960001');
    await expect(page.getByTestId('requests-status')).toHaveAttribute('data-state', 'open');
    await expect(page.getByTestId('requests-status')).toContainText('Open now until 8pm.');
    await expect(page.getByTestId('requests-status')).toContainText('We aim to reply within 1 working day');
    await expect(page.getByTestId('doors-status')).toContainText('open now until 6:30pm.');
    const saturday = page.getByRole('row', { name: /Saturday/ });
    await expect(saturday).toContainText('9am to midday');
    await expect(page.getByRole('row', { name: /Sunday/ })).toContainText('Closed');
    expect(thirdPartyRequests).toEqual([]);
  });

  test('a practice closed now says why and when it reopens, and signposts 111', async ({ page }) => {
    await page.goto('/Y99002');
    await expect(page.getByRole('heading', { level: 1, name: 'Hillview Surgery' })).toBeVisible();
    const status = page.getByTestId('requests-status');
    await expect(status).toHaveAttribute('data-state', 'closed');
    await expect(status).toContainText('closed after a flood');
    // The seeded closure ends at 08:00 seven days after "now".
    await expect(status).toContainText('Open again Monday 30 November at 8am.');
    await expect(status).toContainText('use 111 online or call 111');
  });

  test('a practice with every journey switched off gives its recorded reason in core hours, its phone number, and links no switched-off journey', async ({ page }) => {
    await page.goto('/Y99003');
    await expect(page.getByTestId('requests-status')).toContainText('does not take online requests here');
    await expect(page.getByTestId('requests-notice')).toContainText('The practice says: We are moving to a new computer system');
    await expect(page.getByRole('link', { name: '01632 960003' })).toBeVisible();
    for (const journey of ['Ask for help', 'Book or change an appointment', 'Get help with the NHS App']) {
      await expect(page.getByRole('link', { name: journey })).toHaveCount(0);
    }
    // Referrals are the hospital's, not the practice's: still there.
    await expect(page.getByRole('link', { name: 'Manage your hospital referral' })).toBeVisible();
    await page.goto('/Y99003/request/closed/medical');
    await expect(page.getByText('The practice says: We are moving to a new computer system')).toBeVisible();
  });

  test('the emergency line is on the page before any script runs', async ({ browser, baseURL, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/Y99001');
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: '111', exact: true })).toHaveAttribute('href', 'tel:111');
    await context.close();
    // Browsers that never run scripts get the <noscript> message as well.
    const html = await (await request.get('/Y99001')).text();
    expect(html).toMatch(/<noscript>[\s\S]*Front Door needs JavaScript[\s\S]*phone your practice[\s\S]*<\/noscript>/);
  });

  test('an unknown ODS code gets a helpful page with the search', async ({ page }) => {
    await page.goto('/Z12345');
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that practice' })).toBeVisible();
    await page.getByLabel('Practice name, postcode or ODS code').fill('riverside');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Riverside Medical Practice' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeFocused();
  });

  test('a lower-case ODS code goes to the practice', async ({ page }) => {
    await page.goto('/y99004');
    await expect(page).toHaveURL(/\/Y99004$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour Street Surgery' })).toBeVisible();
  });

  test('switching to Welsh changes the words and <html lang>, and is remembered', async ({ page }) => {
    await page.goto('/Y99001');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByText('Language:').click();
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('table', { name: 'Oriau agor' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Dydd Sadwrn/ })).toContainText('09:00 i 12:00');
    await expect(page.getByTestId('requests-status')).toContainText('Ar agor nawr tan 20:00');
    await expect(page.getByText('Nid yw cyfieithydd hyfforddedig wedi gwirio')).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('table', { name: 'Opening hours' })).toBeVisible();
  });
});
