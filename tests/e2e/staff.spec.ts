import type { Page } from '@playwright/test';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { tabTo } from './keyboard';

async function openStaff(page: Page) {
  await page.goto('/Y99001/staff');
  await expect(page.getByRole('heading', { level: 1, name: /NHS App registration tools/ })).toBeVisible();
}

async function chooseChannel(page: Page, name: string) {
  await page.getByRole('radio', { name }).check();
}

const channelRow = (page: Page, channel: string) => page.getByTestId('opens-by-channel').locator(`tr[data-channel="${channel}"] td`);

test.use(WITHOUT_SERVICE_WORKER);

test.describe('staff tools', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('build a link, copy it, open it elsewhere: the guide shows and the open is counted under its channel', async ({ page, context, browser, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openStaff(page);
    await expect(page.getByTestId('staff-privacy')).toContainText('no patient data');
    await expect(channelRow(page, 'sms')).toHaveText('0');

    await chooseChannel(page, 'Text message (SMS)');
    await page.getByLabel('Campaign name (optional)').fill('flu-2026');
    await expect(page.getByTestId('registration-link')).toHaveValue(`${baseURL}/Y99001/nhs-app?via=sms&c=flu-2026`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/Y99001/nhs-app?via=sms&c=flu-2026`);

    // A patient's phone: another browser context with nothing shared.
    const patient = await browser.newContext();
    const phone = await patient.newPage();
    await phone.goto(copied);
    await expect(phone.getByRole('heading', { level: 1, name: /Get help with the NHS App/ })).toBeVisible();
    await expect(phone.getByTestId('ods-code')).toHaveText('Y99001');
    // The query is taken off the address once counted.
    await expect(phone).toHaveURL(`${baseURL}/Y99001/nhs-app`);
    await patient.close(); // closing the page sends any count still waiting

    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh the counts' }).click();
        return channelRow(page, 'sms').textContent();
      })
      .toBe('1');
    await expect(channelRow(page, 'poster')).toHaveText('0');
    await expect(page.getByTestId('opens-by-campaign').getByRole('row', { name: /flu-2026/ })).toContainText('1');
  });

  test('a campaign name must be short and use safe characters', async ({ page }) => {
    await openStaff(page);
    await chooseChannel(page, 'Email');
    await page.getByLabel('Campaign name (optional)').fill('Jane Smith');
    await expect(page.getByText('Campaign name must only include letters, numbers and hyphens')).toBeVisible();
    await expect(page.getByTestId('registration-link')).toHaveCount(0);
    await page.getByLabel('Campaign name (optional)').fill('a'.repeat(31));
    await expect(page.getByText('Campaign name must be 30 characters or fewer')).toBeVisible();
    await page.getByLabel('Campaign name (optional)').fill('Spring');
    await expect(page.getByTestId('registration-link')).toHaveValue(/\/Y99001\/nhs-app\?via=email&c=spring$/);
  });

  test('the SMS text counts its messages live and warns past one', async ({ page }) => {
    await openStaff(page);
    await chooseChannel(page, 'Text message (SMS)');
    const text = page.getByLabel('Text to send');
    await expect(text).toHaveValue(/^Riverside Medical Practice: get the free NHS App.*\/Y99001\/nhs-app\?via=sms$/);
    const count = page.getByTestId('sms-count');
    await expect(count).toHaveAttribute('data-segments', '1');
    await expect(count).toContainText('1 text message (GSM-7');
    await expect(page.getByText('Important')).toHaveCount(0);

    await text.fill('a'.repeat(161));
    await expect(count).toContainText('2 text messages (GSM-7, 161 characters)');
    await expect(page.locator('.nhsuk-card--warning')).toContainText('This will be sent as 2 text messages');

    // A curly apostrophe switches the whole text to UCS-2: 70 per message.
    await text.fill(`It’s ${'a'.repeat(66)}`);
    await expect(count).toHaveAttribute('data-encoding', 'UCS-2');
    await expect(count).toHaveAttribute('data-segments', '2');
    await expect(page.getByText(/These characters make each text message shorter.*’/)).toBeVisible();

    // A new campaign swaps the link inside the text.
    await text.fill('Get the app: LINK');
    await page.getByLabel('Campaign name (optional)').fill('x');
    await chooseChannel(page, 'Email');
    await chooseChannel(page, 'Text message (SMS)');
    await expect(text).toHaveValue(/\?via=sms&c=x$/);
  });

  test('the poster prints on one A4 page with the QR code, the practice name and the link', async ({ page, baseURL }) => {
    await openStaff(page);
    await chooseChannel(page, 'QR code poster');
    await page.getByLabel('Campaign name (optional)').fill('waiting-room');
    const link = `${baseURL}/Y99001/nhs-app?via=poster&c=waiting-room`;
    const poster = page.getByTestId('poster');
    await expect(poster.getByRole('img', { name: `QR code. It opens ${link}` })).toBeVisible();
    await expect(poster.locator('svg')).toHaveAttribute('data-qr-text', link);
    await expect(poster).toContainText('Riverside Medical Practice');
    await expect(poster).toContainText(link.replace('http://', ''));

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Make a link' })).toBeHidden();
    await expect(poster).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  test('works by keyboard alone', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openStaff(page);
    const first = page.getByRole('radio', { name: 'Text message (SMS)' });
    await tabTo(page, first);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // QR code poster
    await expect(page.getByRole('radio', { name: 'QR code poster' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Campaign name (optional)')).toBeFocused();
    await page.keyboard.type('door');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('registration-link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Link copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/Y99001/nhs-app?via=poster&c=door`);
  });

  test('an unknown practice gets a clear page', async ({ page }) => {
    await page.goto('/Z12345/staff');
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that practice' })).toBeVisible();
  });
});

for (const language of ['en', 'cy']) {
  test.describe(`staff tools in ${language}`, () => {
    test.beforeEach(async ({ page }) => {
      await atTime(page, MONDAY_MORNING);
      await page.addInitScript((code) => localStorage.setItem('front-door:language', code), language);
    });

    test('no axe violations with the SMS text (over one message), the poster, and a campaign error', async ({ page }) => {
      await page.goto('/Y99001/staff');
      await expect(page.getByTestId('opens-by-channel')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expectNoAxeViolations(page);
      await page.locator('input[name="channel"][value="sms"]').check();
      await page.locator('#sms-text').fill('a'.repeat(200));
      await expect(page.getByTestId('sms-count')).toHaveAttribute('data-segments', '2');
      await expectNoAxeViolations(page);
      await page.locator('input[name="channel"][value="poster"]').check();
      await expect(page.getByTestId('poster')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.locator('#campaign').fill('not ok');
      await expect(page.locator('.nhsuk-error-message')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('staff tools at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('nothing scrolls sideways, with the SMS text and the poster shown', async ({ page }) => {
    await openStaff(page);
    for (const channel of ['Text message (SMS)', 'QR code poster']) {
      await chooseChannel(page, channel);
      await page.getByLabel('Campaign name (optional)').fill('a-long-campaign-name-for-tests');
      await expect(page.getByTestId('registration-link')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
  });
});
