import type { Page } from '@playwright/test';
import type { BookingPatient } from '../../src/domain/booking';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { bookOverApi, freeSlot } from './booking-api';

/**
 * Issue 16 item 4: booking words that fit the booking. Each test fails on the app before
 * the change: face-to-face said "the practice will contact you", anyone could book in any
 * name, a referral opened with its reference and a year of birth, the shortlist set
 * "about 6 weeks" beside "tomorrow" unlabelled, and the booked page asked for a reference
 * the change journey never asks for.
 */

const term = (page: Page, name: string) => page.getByRole('term').filter({ hasText: name });
/** The definition beside a term of a summary list. */
const definitionOf = (page: Page, name: string) => page.locator('.nhsuk-summary-list__row').filter({ has: term(page, name) }).getByRole('definition');

async function signIn(page: Page, ubrn: string, password: string) {
  await page.getByLabel('Booking reference number').fill(ubrn);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function bookFirstFreeTime(page: Page) {
  await page.getByTestId('next-free-slot').click();
  await page.getByRole('button', { name: 'Book this appointment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
}

test.use(WITHOUT_SERVICE_WORKER);

test.describe('booking words that fit the booking', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('a face-to-face practice appointment gives the address and says to come to the practice', async ({ page }) => {
    // A booking already made, found again by its reference.
    await page.goto('/Y99004/appointments/manage');
    await page.getByLabel('Booking reference').fill('HS9T3WXC');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('11');
    await page.getByLabel('Year').fill('1972');
    await page.getByRole('button', { name: 'Find my appointment' }).click();
    await expect(definitionOf(page, 'Type of appointment')).toHaveText('Face to face at the practice');
    await expect(definitionOf(page, 'Where')).toHaveText('Harbour Street Surgery, 1 Harbour Street, Sampleford, SF1 3HS');
    await expect(page.getByTestId('what-next')).toContainText('Come to the practice: Harbour Street Surgery, 1 Harbour Street, Sampleford, SF1 3HS.');
    await expect(page.getByText(/will contact you/)).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A new one: the address is there before booking, and after.
    await page.goto('/Y99004/appointments?type=face-to-face');
    await page.getByTestId('next-free-slot').click();
    await expect(definitionOf(page, 'Where')).toHaveText('Harbour Street Surgery, 1 Harbour Street, Sampleford, SF1 3HS');
    await page.getByLabel('What is the appointment for?').fill('Sore knee');
    await page.getByLabel('Full name').fill('Sam Pretend');
    await page.getByLabel('Day').fill('15');
    await page.getByLabel('Month').fill('1');
    await page.getByLabel('Year').fill('1980');
    await page.getByLabel('Postcode').fill('sf16st');
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByTestId('what-next')).toContainText('Come to the practice: Harbour Street Surgery, 1 Harbour Street');
    await expect(page.getByText(/will contact you/)).toHaveCount(0);
  });

  test('practice booking asks what for, and only a patient on the practice list can book', async ({ page }) => {
    await page.goto('/Y99001/appointments?type=video');
    await page.getByTestId('next-free-slot').click();
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary.getByRole('link', { name: 'Say in a few words what the appointment is for' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Enter your NHS number or your postcode' })).toBeVisible();

    // Any name at all: the practice cannot find them, and nothing typed is lost.
    await page.getByLabel('What is the appointment for?').fill('Rash on my arm');
    await page.getByLabel('Full name').fill('Anyone Atall');
    await page.getByLabel('Day').fill('1');
    await page.getByLabel('Month').fill('1');
    await page.getByLabel('Year').fill('1980');
    await page.getByLabel('Postcode').fill('EX1 2AB');
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("We could not find you on the practice's list of patients");
    await expect(page.getByLabel('Full name')).toHaveValue('Anyone Atall');
    await expect(page.getByLabel('What is the appointment for?')).toHaveValue('Rash on my arm');
    await expectNoAxeViolations(page);

    // A registered patient with the right NHS number books.
    await page.getByLabel('Full name').fill('Alex Imaginary');
    await page.getByLabel('Day').fill('2');
    await page.getByLabel('Month').fill('4');
    await page.getByLabel('Year').fill('1990');
    await page.getByLabel('Postcode').fill('');
    await page.getByLabel('NHS number').fill('999 000 1006');
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your appointment is booked' })).toBeVisible();
  });

  test('the backend itself refuses a practice booking for someone not on the list, or with no reason', async ({ page }) => {
    const slot = await freeSlot(page.request, 'organization=Y99001&service-type=phone');
    const patient: BookingPatient = { resourceType: 'Patient', id: 'patient', name: [{ text: 'Anyone Atall' }], birthDate: '1980-01-01', address: [{ postalCode: 'EX1 2AB' }] };
    const book = (who: BookingPatient, reason?: string) => bookOverApi(page.request, { slot, serviceId: 'Y99001-phone', patient: who, ...(reason ? { reason } : {}) });

    const stranger = await book(patient, 'Check-up');
    expect(stranger.status()).toBe(422);
    expect(JSON.stringify(await stranger.json())).toContain('patient-not-registered');
    const registered: BookingPatient = { ...patient, name: [{ text: 'Alex Imaginary' }], birthDate: '1990-04-02', address: [{ postalCode: 'EX1 3CD' }] };
    expect((await book(registered)).status()).toBe(400);
    expect((await book(registered, 'Check-up')).status()).toBe(200);
  });

  test('referral sign-in needs the reference and the password, and the year of birth where the referral asks', async ({ page }) => {
    await page.goto('/referral');
    await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
    await expect(page.getByLabel('With my year of birth')).toHaveCount(0);
    await expect(page.getByLabel('Year of birth')).toHaveCount(0);
    // A reference and a year of birth alone do not open a referral, even sent straight to the backend.
    const weak = await page.request.post('/api/referrals/sign-in', { data: { ubrn: '100000000001', yearOfBirth: 1958 } });
    expect(weak.status()).toBe(400);

    await signIn(page, '1000 0000 0009', 'Birch-Lantern-1');
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toContainText('This referral also asks for your year of birth');
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Year of birth')).toBeFocused();
    await page.getByLabel('Year of birth').fill('1956');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary).toContainText('4 more tries');
    await page.getByLabel('Year of birth').fill('1955');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByTestId('shortlist')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the shortlist labels the earliest free time and the usual wait, so neither is taken for the other', async ({ page }) => {
    await page.goto('/referral');
    await signIn(page, '100000000001', 'Otter-Lamp-7');
    const services = page.getByTestId('shortlist').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(services).toHaveCount(3);
    for (const service of await services.all()) {
      await expect(service.getByRole('term').filter({ hasText: 'Earliest free appointment' })).toHaveCount(1);
      await expect(service.getByRole('term').filter({ hasText: 'Usual wait' })).toHaveCount(1);
    }
    const northgate = services.filter({ hasText: 'Northgate General Hospital' });
    await expect(northgate.locator('.nhsuk-summary-list__row').filter({ hasText: 'Usual wait' }).getByRole('definition')).toHaveText('Most people wait about 6 weeks to be seen');
    await expect(northgate.locator('.nhsuk-summary-list__row').filter({ hasText: 'Earliest free appointment' }).getByRole('definition')).toHaveText(/^Tuesday 24 November at /);
  });

  test('the booked page says what changing needs, and the change journey asks exactly that', async ({ page }) => {
    // A referral: the booking reference number and the letter's password.
    await page.goto('/referral');
    await signIn(page, '100000000001', 'Otter-Lamp-7');
    await page.getByRole('link', { name: 'Choose Skin Clinic' }).click();
    await bookFirstFreeTime(page);
    await expect(page.getByTestId('change-needs')).toHaveText(
      'Come back to Manage your referral. You need your booking reference number (1000 0000 0001) and the password from your referral letter.',
    );
    const reference = await page.getByTestId('booking-reference').textContent();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.locator('form input')).toHaveCount(2); // the booking reference number and the password
    await signIn(page, '1000 0000 0001', 'Otter-Lamp-7');
    await expect(page.getByTestId('booking-reference')).toHaveText(reference!);

    // A referral that asks for the year of birth says so too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, '100000000009', 'Birch-Lantern-1');
    await page.getByLabel('Year of birth').fill('1955');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Choose Skin Clinic' }).click();
    await bookFirstFreeTime(page);
    await expect(page.getByTestId('change-needs')).toContainText('the password from your referral letter and your year of birth');

    // A practice booking: the booking reference and the date of birth, which is what "find" asks.
    await page.goto('/Y99001/appointments?type=phone');
    await page.getByTestId('next-free-slot').click();
    await page.getByLabel('What is the appointment for?').fill('Repeat prescription review');
    await page.getByLabel('Full name').fill('Chris Notreal');
    await page.getByLabel('Day').fill('14');
    await page.getByLabel('Month').fill('6');
    await page.getByLabel('Year').fill('1985');
    await page.getByLabel('NHS number').fill('9990001014');
    await page.getByLabel('Phone number').fill('01632 960123');
    await page.getByRole('button', { name: 'Book this appointment' }).click();
    const practiceReference = (await page.getByTestId('booking-reference').textContent())!;
    await expect(page.getByTestId('change-needs')).toHaveText(`You need your booking reference (${practiceReference}) and your date of birth.`);
    await page.getByRole('button', { name: 'Change or cancel this appointment' }).click();
    await expect(page.getByLabel('Booking reference')).toHaveValue(practiceReference);
    await expect(page.getByRole('group', { name: 'Date of birth' })).toBeVisible();
    await expect(page.locator('form input')).toHaveCount(4); // the reference, and day, month and year
    await page.getByLabel('Day').fill('14');
    await page.getByLabel('Month').fill('6');
    await page.getByLabel('Year').fill('1985');
    await page.getByRole('button', { name: 'Find my appointment' }).click();
    await expect(page.getByTestId('booking-reference')).toHaveText(practiceReference);
  });
});
