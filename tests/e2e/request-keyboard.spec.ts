import { atTime, expect, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { activate, chooseRadio, expectNoSidewaysScroll, tickCheckbox, typeInto } from './keyboard';
import { ADA, received } from './request-helpers';

/** Issue 4 must-show: the whole journey by keyboard alone, at 320 px, with focus always visible. */
test.use(WITHOUT_SERVICE_WORKER);

test.describe('request journey by keyboard alone', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('a whole admin request, start to sent, with Tab, arrows, Space and Enter only at 320 px', async ({ page, request }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const h1 = (name: string) => page.getByRole('heading', { level: 1, name });
    const continueButton = page.getByRole('button', { name: 'Continue' });

    await page.goto('/Y99001/request');
    await expect(h1('Ask your GP practice for help')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await activate(page, page.getByRole('link', { name: 'Start now' }));

    await expect(h1('What do you need help with?')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await chooseRadio(page, page.getByRole('group', { name: 'What do you need help with?' }), page.getByLabel('Something else, like a fit note or a letter'));
    await activate(page, continueButton);

    await expect(h1('What is your admin request about?')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await chooseRadio(page, page.getByRole('group', { name: 'What is your admin request about?' }), page.getByLabel('A fit note (sick note)'));
    await activate(page, continueButton);

    await expect(h1('Who is this request for?')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await chooseRadio(page, page.getByRole('group', { name: 'Who is this request for?' }), page.getByLabel('Me', { exact: true }));
    const under16 = page.getByRole('group').filter({ has: page.getByLabel('No', { exact: true }) }).last();
    await chooseRadio(page, under16, page.getByLabel('No', { exact: true }));
    await activate(page, continueButton);

    // Continue with nothing filled: the error summary takes focus; its link leads to the field.
    await expect(h1('Your details')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await activate(page, continueButton);
    await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
    await activate(page, page.getByRole('link', { name: 'Enter a first name' }));
    await expect(page.getByLabel('First name', { exact: true })).toBeFocused();
    await page.keyboard.type(ADA.given);
    await typeInto(page, page.getByLabel('Last name', { exact: true }), ADA.family);
    await typeInto(page, page.getByLabel('Day'), ADA.day);
    await typeInto(page, page.getByLabel('Month'), ADA.month);
    await typeInto(page, page.getByLabel('Year'), ADA.year);
    await typeInto(page, page.getByLabel('Postcode'), 'EX1 2AB');
    await activate(page, continueButton);

    await expect(h1('Tell us what you need')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await typeInto(page, page.getByLabel('Tell us what you need'), 'A fit note for 1 to 14 December, typed by keyboard.');
    await activate(page, continueButton);

    await expect(page).toHaveURL(/\/request\/contact$/);
    await expectNoSidewaysScroll(page);
    await tickCheckbox(page, page.getByLabel('Phone call'));
    await typeInto(page, page.getByLabel('Phone number'), ADA.phone);
    await tickCheckbox(page, page.getByLabel('Morning (8am to 12pm)'));
    const leaveMessage = page.getByRole('group', { name: 'Can we leave a message if you do not answer?' });
    await chooseRadio(page, leaveMessage, leaveMessage.getByLabel('Yes'));
    await activate(page, continueButton);

    await expect(page).toHaveURL(/\/request\/needs$/);
    await expectNoSidewaysScroll(page);
    await tickCheckbox(page, page.getByLabel('No, I do not need help'));
    await activate(page, continueButton);

    await expect(page).toHaveURL(/\/request\/photos$/);
    await expectNoSidewaysScroll(page);
    const no = page.getByLabel('No', { exact: true });
    await chooseRadio(page, page.getByRole('group').filter({ has: no }).last(), no);
    await activate(page, continueButton);

    await expect(h1('Check your answers before sending your request')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expect(page.getByText('A fit note for 1 to 14 December, typed by keyboard.')).toBeVisible();
    await activate(page, page.getByRole('button', { name: 'Send request' }));

    await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    await expectNoSidewaysScroll(page);
    const reference = (await page.getByTestId('reference').textContent())!;
    const { requests } = await received(request);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'admin', reference });
  });
});
