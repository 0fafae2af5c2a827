import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ADA } from './request-helpers';
import { tabTo } from './keyboard';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * Every language works the whole way through, right-to-left ones mirrored. The words
 * come from the catalogues, so these tests follow the translations, not English.
 */
type Catalogue = { [key: string]: string | string[] | Catalogue };

function words(language: string) {
  const cache = new Map<string, Catalogue>();
  return (key: string, values: Record<string, string> = {}): string => {
    const [ns, path] = key.split(':') as [string, string];
    if (!cache.has(ns)) cache.set(ns, JSON.parse(readFileSync(`src/locales/${language}/${ns}.json`, 'utf8')) as Catalogue);
    let node: Catalogue | string | string[] | undefined = cache.get(ns);
    for (const part of path.split('.')) node = (node as Catalogue | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`${language} has no ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '').replace(/<\/?\w+>/g, '');
  };
}

async function useLanguage(page: Page, language: string) {
  await page.addInitScript((code) => localStorage.setItem('front-door:language', code), language);
}

const RIGHT_TO_LEFT = ['ur', 'ar'];

test.use(WITHOUT_SERVICE_WORKER);
for (const language of RIGHT_TO_LEFT) {
  test(`${language}: the page is mirrored, numbers stay left-to-right, and axe finds nothing`, async ({ page }) => {
    const w = words(language);
    await useLanguage(page, language);
    await atTime(page, MONDAY_MORNING);
    await page.goto('/Y99001');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('link', { name: w('practice:journeys.request.title') })).toBeVisible();

    // Mirrored: the heading starts at the right edge of the page column, the header's
    // name sits right of the language picker, and nothing scrolls sideways.
    const column = (await page.locator('main').boundingBox())!;
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(column.x + column.width - (heading.x + heading.width)).toBeLessThan(2);
    const name = (await page.locator('.fd-header__name').boundingBox())!;
    const picker = (await page.locator('.fd-language summary').boundingBox())!;
    expect(name.x).toBeGreaterThan(picker.x);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The practice's phone number reads left-to-right, digits in order, inside RTL text.
    const phone = page.locator('a[href^="tel:01"]').first();
    await expect(phone).toHaveCSS('direction', 'ltr');
    const digits = await phone.evaluate((link) => {
      const range = document.createRange();
      const text = link.firstChild!;
      const boxes: number[] = [];
      for (let i = 0; i < (text.textContent ?? '').length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        boxes.push(range.getBoundingClientRect().x);
      }
      return boxes;
    });
    expect(digits).toEqual([...digits].sort((a, b) => a - b));
    // A web address written inside the sentence is kept left-to-right too.
    expect(await page.locator('#fd-emergency-text').textContent()).toContain('\u2066111.nhs.uk\u2069');
    await expectNoAxeViolations(page);

    // The request start page and an emergency outcome, in the same language.
    await page.getByRole('link', { name: w('practice:journeys.request.title') }).click();
    await expect(page.getByRole('heading', { level: 1, name: w('request:start.title') })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/Y99001/request/outcome/call-999');
    await expect(page.getByRole('heading', { level: 1, name: w('triage:outcomes.call-999.title') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(page);

    // On a small phone, mirrored pages do not scroll sideways either.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/Y99001', '/Y99001/request', '/Y99001/request/outcome/call-999', '/settings']) {
      await page.goto(path);
      await expectPageDrawn(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
    }
  });
}

/** An admin request sent all the way, in a language other than English. */
for (const language of ['cy', 'ur']) {
  test(`${language}: a patient sends an admin request and gets a reference`, async ({ page }) => {
    const w = words(language);
    const next = () => page.getByRole('button', { name: w('request:continue'), exact: true }).click();
    await useLanguage(page, language);
    await atTime(page, MONDAY_MORNING);
    await page.goto('/Y99001');
    await page.getByRole('link', { name: w('practice:journeys.request.title') }).click();
    await page.getByRole('link', { name: w('request:start.begin') }).click();
    await page.getByLabel(w('request:type.admin')).check();
    await next();
    await page.getByLabel(w('request:reasons.admin.fit-note'), { exact: true }).check();
    await next();
    await page.getByLabel(w('request:who.me'), { exact: true }).check();
    await page.getByLabel(w('request:who.no'), { exact: true }).check();
    await next();
    await expect(page.getByRole('heading', { level: 1, name: w('request:details.titleMe') })).toBeVisible();
    await page.getByLabel(w('request:details.givenName'), { exact: true }).fill(ADA.given);
    await page.getByLabel(w('request:details.familyName'), { exact: true }).fill(ADA.family);
    await page.getByLabel(w('forms:date.day')).fill(ADA.day);
    await page.getByLabel(w('forms:date.month')).fill(ADA.month);
    await page.getByLabel(w('forms:date.year')).fill(ADA.year);
    await page.getByLabel(w('request:details.postcode'), { exact: true }).fill('EX1 2AB');
    await next();
    await page.getByLabel(w('request:describe.titleAdmin')).fill('Fit note, 1 to 14 December.');
    await next();
    await page.getByLabel(w('request:contact.method.phone')).check();
    await page.getByLabel(w('request:contact.phone'), { exact: true }).fill(ADA.phone);
    await page.getByLabel(w('request:contact.time.morning')).check();
    await page.getByRole('group', { name: w('request:contact.leaveMessage') }).getByLabel(w('request:contact.yes'), { exact: true }).check();
    await next();
    await page.getByLabel(w('request:needs.need.none')).check();
    await next();
    await page.getByLabel(w('request:photos.no'), { exact: true }).check();
    await next();
    await expect(page.getByRole('heading', { level: 1, name: w('request:check.title') })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: w('request:check.send') }).click();
    await expect(page.getByRole('heading', { level: 1, name: w('request:sent.titleSent') })).toBeVisible();
    const reference = page.getByTestId('reference');
    await expect(reference).toHaveText(/^[A-Z0-9-]{6,}$/);
    await expect(reference).toHaveCSS('direction', 'ltr');
    await expectNoAxeViolations(page);
  });
}

test('a first visit offers the browser’s language, in that language, and remembers the answer', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'pl-PL' });
  const page = await context.newPage();
  const pl = words('pl');
  await page.goto('/Y99001');
  const offer = page.getByRole('region', { name: pl('language-offer:question') });
  await expect(offer).toBeVisible();
  await expect(offer).toHaveAttribute('lang', 'pl');
  await expectNoAxeViolations(page);
  // By keyboard alone, as a patient without a mouse would.
  await tabTo(page, offer.getByRole('button', { name: pl('language-offer:yes') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.getByRole('region', { name: pl('language-offer:question') })).toBeHidden();
  await context.close();
});

test('saying no to the offer keeps English and does not ask again', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ro-RO' });
  const page = await context.newPage();
  const ro = words('ro');
  await page.goto('/Y99001');
  await page.getByRole('button', { name: words('en')('language-offer:keep', { language: 'English' }) }).click();
  await expect(page.getByRole('region', { name: ro('language-offer:question') })).toBeHidden();
  await page.reload();
  await expectPageDrawn(page);
  await expect(page.getByRole('region', { name: ro('language-offer:question') })).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});
