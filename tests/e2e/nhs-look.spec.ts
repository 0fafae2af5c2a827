import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { adminForMeToCheck } from './request-helpers';
import { atTime, expect, expectPageDrawn, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Front Door looks like NHS.UK: the design system's font stack (without its web font),
 * and headings, text, buttons and back links the size, weight and spacing of
 * nhsuk-frontend 10's own examples.
 */
const require = createRequire(import.meta.url);

/**
 * nhsuk-frontend 10's own stylesheet as a page sees it when the Frutiger web font is off:
 * its @font-face rules removed, so the reference never asks assets.nhs.uk for a font.
 */
const referenceCss = readFileSync(require.resolve('nhsuk-frontend/dist/nhsuk/nhsuk-frontend.css'), 'utf8')
  .replace(/@font-face\s*{[^}]*}/g, '')
  .replace(/"Frutiger W01",\s*/g, '');

/** What a reader sees of an element's type and spacing. */
const LOOK = ['font-family', 'font-size', 'font-weight', 'line-height', 'margin-top', 'margin-bottom', 'padding-top', 'padding-bottom', 'padding-inline-start', 'color'];

async function lookOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element, properties) => {
    const style = getComputedStyle(element);
    // Sub-pixel differences come from Sass rounding, not from a different design.
    return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p).replace(/\d+\.\d+px/g, (n) => `${Math.round(parseFloat(n))}px`)]));
  }, LOOK);
}

/**
 * The same element in nhsuk-frontend 10's example markup, styled by nhsuk-frontend itself,
 * between two other elements as on a page (first and last children lose their outer margins).
 */
async function referenceLookOf(page: Page, html: string, selector: string) {
  const reference = await page.context().newPage();
  await reference.route('**/*', (route) => route.abort());
  await reference.setViewportSize(page.viewportSize()!);
  await reference.setContent(`<!doctype html><html lang="en"><head><style>${referenceCss}</style></head><body><div class="nhsuk-width-container"><main class="nhsuk-main-wrapper"><div></div>${html}<div>After</div></main></div></body></html>`);
  const look = await lookOf(reference, selector);
  await reference.close();
  return look;
}

test.use(WITHOUT_SERVICE_WORKER);

test.beforeEach(async ({ page }) => {
  await atTime(page, MONDAY_MORNING);
});

test('headings, body text and buttons use the NHS.UK font stack without a web font', async ({ page }) => {
  await page.goto('/Y99001/request');
  await expectPageDrawn(page);
  for (const selector of ['h1', 'main p', 'main h2', '.nhsuk-button', '.nhsuk-back-link']) {
    await expect(page.locator(selector).first(), selector).toHaveCSS('font-family', 'arial, sans-serif');
  }
  // No @font-face at all: nothing to download, on any page.
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
});

for (const width of [360, 1024]) {
  test(`at ${width} px, headings, text, buttons and the back link match nhsuk-frontend 10's examples`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/Y99001/request');
    // The start page's own heading, not the loading page's that it replaces.
    await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();

    expect(await lookOf(page, 'h1.nhsuk-heading-l'), 'page heading').toEqual(
      await referenceLookOf(page, '<h1 class="nhsuk-heading-l">Ask your GP practice for help</h1>', 'h1'),
    );
    expect(await lookOf(page, 'main p:not([class])'), 'body text').toEqual(
      await referenceLookOf(page, '<p>Use this form to ask for help.</p>', 'p'),
    );
    // The button ends the page here, so (as in nhsuk-frontend) it drops its bottom margin.
    const { 'margin-bottom': _ours, ...button } = await lookOf(page, 'main .nhsuk-button');
    const { 'margin-bottom': _theirs, ...referenceButton } = await referenceLookOf(
      page,
      '<a href="#" role="button" draggable="false" class="nhsuk-button" data-module="nhsuk-button">Start now</a>',
      '.nhsuk-button',
    );
    expect(button, 'button').toEqual(referenceButton);

    // nhsuk-frontend 10's back link is the link itself (v9 wrapped a __link in a div).
    const back = page.locator('main .nhsuk-back-link, .nhsuk-back-link').first();
    await expect(back).toHaveJSProperty('tagName', 'A');
    await expect(page.locator('.nhsuk-back-link__link')).toHaveCount(0);
    // Front Door's back link opens <main> (the page wrapper's padding stands in for its top margin).
    const { 'margin-top': _ourTop, ...backLink } = await lookOf(page, '.nhsuk-back-link');
    const { 'margin-top': _theirTop, ...referenceBackLink } = await referenceLookOf(page, '<a class="nhsuk-back-link" href="#">Back</a>', '.nhsuk-back-link');
    expect(backLink, 'back link').toEqual(referenceBackLink);
  });
}

test('an outcome and a warning show nhsuk-frontend 10 cards', async ({ page }) => {
  await page.goto('/Y99001/request/outcome/call-999');
  const heading = page.locator('.nhsuk-card--care .nhsuk-card__heading');
  await expect(heading).toBeVisible();
  expect(await lookOf(page, '.nhsuk-card--care--emergency .nhsuk-card__heading')).toEqual(
    await referenceLookOf(
      page,
      '<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency"><div class="nhsuk-card__heading-container"><h2 class="nhsuk-card__heading">Call 999 now</h2><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><p>Text</p></div></div>',
      '.nhsuk-card__heading',
    ),
  );
  await expect(page.locator('.nhsuk-card--care--emergency .nhsuk-card__heading-container')).toHaveCSS('background-color', 'rgb(213, 40, 27)');

  await page.goto('/Y99001/request');
  expect(await lookOf(page, '.nhsuk-card--warning .nhsuk-card__heading')).toEqual(
    await referenceLookOf(
      page,
      '<div class="nhsuk-card nhsuk-card--warning"><div class="nhsuk-card__content"><h3 class="nhsuk-card__heading">Important</h3><p>Text</p></div></div>',
      '.nhsuk-card__heading',
    ),
  );
});

test('no request fails on any page of a journey, from finding the practice to sending', async ({ page }) => {
  test.slow(); // a whole request, page by page
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // A load cut short by the test moving to the next page is not a failure of the app.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.failure()?.errorText} ${request.url()}`);
  });

  await page.goto('/');
  // The search box's clear button draws an NHS.UK icon once there is text in the box.
  await page.getByRole('searchbox').fill('Riverside');
  await page.getByRole('searchbox').press('Enter');
  await page.getByRole('link', { name: 'Riverside Medical Practice' }).click();
  await adminForMeToCheck(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
  await page.goto('/Y99001/request/outcome/call-999');
  await expect(page.locator('.nhsuk-card--care')).toBeVisible();
  await page.goto('/settings');
  await expectPageDrawn(page);
  await page.goto('/Y99001/nhs-app');
  await expectPageDrawn(page);

  expect(failed).toEqual([]);
});
