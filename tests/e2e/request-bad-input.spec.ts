import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ADA, adminForMeToCheck, fillDetails, next, noisePng, received, startRequest, adminForMeToDescribe } from './request-helpers';

test.use(WITHOUT_SERVICE_WORKER);

test.describe('bad input gets a clear message and nothing typed is lost', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('an invalid NHS number and a future date of birth', async ({ page }) => {
    await startRequest(page);
    await page.getByLabel('Something else, like a fit note or a letter').check();
    await next(page);
    await expect(page.getByRole('heading', { level: 1, name: 'What is your admin request about?' })).toBeVisible();
    await next(page); // nothing chosen
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await expect(page.getByRole('link', { name: 'Choose what your request is about' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('A letter or a form').check();
    await next(page);
    await page.getByLabel('Me', { exact: true }).check();
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await fillDetails(page, { ...ADA, nhs: '999 111 2228', year: '2030' });
    await next(page);
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Date of birth must be in the past');
    await expect(summary).toContainText('Enter a valid NHS number, like 999 123 4567, or leave it blank');
    await expectNoAxeViolations(page);
    await expect(page.getByLabel('NHS number (optional)')).toHaveValue('999 111 2228');
    await expect(page.getByLabel('Year')).toHaveValue('2030');
    await page.getByRole('link', { name: 'Date of birth must be in the past' }).click();
    await expect(page.getByLabel('Day')).toBeFocused();
    await page.reload(); // autosaved: still there after a reload
    await expect(page.getByLabel('NHS number (optional)')).toHaveValue('999 111 2228');
    await expect(page.getByLabel('First name', { exact: true })).toHaveValue('Ada');
  });

  test('10,000 characters, emoji and markup in free text: counted, kept, and shown as text', async ({ page }) => {
    const attack = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> 😀🩺';
    await adminForMeToDescribe(page, { about: 'Something else' });
    const box = page.getByLabel('Tell us what you need');
    await box.fill('x'.repeat(10_000));
    await expect(page.getByText('You have typed 9,000 characters too many').or(page.getByText('You have typed 9000 characters too many'))).toBeVisible();
    await next(page);
    await expect(page.getByRole('alert')).toContainText('1,000 characters or fewer');
    await expectNoAxeViolations(page);
    await expect(box).toHaveValue('x'.repeat(10_000));
    await box.fill(attack);
    await next(page);
    await page.getByLabel('Phone call').check();
    await page.getByLabel('Phone number').fill('12345');
    await next(page);
    await expect(page.getByRole('alert')).toContainText('The phone number is too short. UK numbers have 11 digits');
    await page.getByLabel('Phone number').fill(ADA.phone);
    await page.getByLabel('Morning (8am to 12pm)').check();
    await page.getByRole('group', { name: 'Can we leave a message if you do not answer?' }).getByLabel('Yes').check();
    await next(page);
    await page.getByLabel('No, I do not need help').check();
    await next(page);
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await expect(page.getByTestId('check-description')).toHaveText(attack);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('a PDF renamed .jpg is refused; a 20 MB photo is made small on the phone', async ({ page, request }) => {
    test.setTimeout(90_000);
    await adminForMeToCheck(page);
    await page.getByRole('link', { name: /Change\s+photos/ }).click();
    await page.getByLabel('Yes, add photos').check();
    const input = page.getByLabel('Add a photo');
    await input.setInputFiles({ name: 'rash.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7\n% not a photo\n') });
    await expect(page.getByRole('alert')).toContainText('The file must be a photo (JPEG, PNG or WebP)');
    await expectNoAxeViolations(page);
    await expect(page.getByTestId('photo-count')).toHaveText('You have not added any photos yet.');
    const huge = noisePng(2700, 2700);
    expect(huge.length).toBeGreaterThan(20 * 1024 * 1024);
    await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.getByTestId('photo-count')).toHaveText('You have added 1 photo.', { timeout: 30_000 });
    await page.getByLabel(/I confirm these photos/).check();
    await next(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const [sent] = (await received(request)).requests;
    const bytes = Buffer.from(sent!.photos[0]!.data, 'base64');
    expect(bytes.length).toBeLessThanOrEqual(500 * 1024);
    // The JPEG's frame header says how big it is now: long edge 1600 px at most.
    const sof = bytes.findIndex((b, i) => b === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2));
    const [height, width] = [bytes.readUInt16BE(sof + 5), bytes.readUInt16BE(sof + 7)];
    expect(Math.max(width, height)).toBeLessThanOrEqual(1600);
    // Re-encoded on the canvas: no EXIF (APP1 "Exif") block.
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
  });
});
