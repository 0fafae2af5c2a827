import type { Page } from '@playwright/test';
import { next, startRequest } from './request-helpers';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';

/**
 * In Urdu and Arabic the pages mirror, and so must the radios and checkboxes: a ticked
 * box whose tick is drawn outside it looks empty. The box is the label's ::before, the
 * tick or dot its ::after; both are measured where the browser draws them.
 */
interface Drawn {
  control: string;
  box: { left: number; right: number; top: number; bottom: number };
  mark: { left: number; right: number; top: number; bottom: number };
}

/** Where each ticked control's box and mark are drawn, transforms included. */
async function tickedControls(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    const px = (value: string) => parseFloat(value) || 0;
    /** A pseudo-element's drawn rectangle, from its containing block, offsets, size and transform. */
    function drawn(label: HTMLElement, which: '::before' | '::after') {
      const style = getComputedStyle(label, which);
      const block = label.offsetParent as HTMLElement; // the item: position: relative
      const origin = block.getBoundingClientRect();
      const border = getComputedStyle(block);
      const left = origin.left + px(border.borderLeftWidth) + px(style.left);
      const top = origin.top + px(border.borderTopWidth) + px(style.top);
      const content = style.boxSizing === 'border-box';
      const width = px(style.width) + (content ? 0 : px(style.borderLeftWidth) + px(style.borderRightWidth) + px(style.paddingLeft) + px(style.paddingRight));
      const height = px(style.height) + (content ? 0 : px(style.borderTopWidth) + px(style.borderBottomWidth) + px(style.paddingTop) + px(style.paddingBottom));
      const matrix = new DOMMatrix(style.transform === 'none' ? undefined : style.transform);
      const [ox = 0, oy = 0] = style.transformOrigin.split(' ').map(px);
      const corners = [
        [0, 0],
        [width, 0],
        [0, height],
        [width, height],
      ].map(([x, y]) => matrix.transformPoint(new DOMPoint(x! - ox, y! - oy)));
      const xs = corners.map((p) => left + ox + p.x);
      const ys = corners.map((p) => top + oy + p.y);
      return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    }
    return [...document.querySelectorAll<HTMLInputElement>('.nhsuk-radios__input:checked, .nhsuk-checkboxes__input:checked')].map((input) => {
      const label = input.nextElementSibling as HTMLElement;
      return { control: `${input.type} ${input.id}`, box: drawn(label, '::before'), mark: drawn(label, '::after') };
    });
  });
}

async function expectMirroredControls(page: Page, types: ('radio' | 'checkbox')[]) {
  const controls = await tickedControls(page);
  for (const type of types) expect(controls.some((c) => c.control.startsWith(type)), `a ticked ${type} on the page`).toBe(true);
  for (const { control, box, mark } of controls) {
    // Inside the box's border, with room to spare for rounding.
    expect.soft(mark.left, `${control}: mark's left edge`).toBeGreaterThanOrEqual(box.left);
    expect.soft(mark.right, `${control}: mark's right edge`).toBeLessThanOrEqual(box.right);
    expect.soft(mark.top, `${control}: mark's top edge`).toBeGreaterThanOrEqual(box.top);
    expect.soft(mark.bottom, `${control}: mark's bottom edge`).toBeLessThanOrEqual(box.bottom);
    // The box itself sits at the start of the line: the right in right-to-left pages.
    const label = page.locator(`[for="${control.split(' ')[1]}"]`);
    const text = (await label.boundingBox())!;
    expect.soft(box.left, `${control}: box on the side the line starts`).toBeGreaterThan(text.x + text.width - 1);
  }
}

/** Switches language with the picker on the page (what a patient does). */
async function switchTo(page: Page, code: string) {
  // The picker stays open after a choice; open it whatever its state.
  await page.locator('details.fd-language').evaluate((picker) => ((picker as HTMLDetailsElement).open = true));
  await page.locator(`.fd-language__option[lang="${code}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

test.use(WITHOUT_SERVICE_WORKER);

test.beforeEach(async ({ page }) => {
  await atTime(page, MONDAY_MORNING);
});

for (const language of ['ur', 'ar']) {
  test(`${language}: on /settings the language radios, inline radios and checkboxes draw their marks inside their boxes`, async ({ page }) => {
    await page.addInitScript((code) => localStorage.setItem('front-door:language', code), language);
    await page.goto('/settings');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('[name="language"]:checked')).toHaveCount(1);
    // Tick a communication need (the first) so a checkbox is ticked as well.
    await page.locator('[name="needs"]').first().check();
    await expectMirroredControls(page, ['radio', 'checkbox']);
    await expectNoAxeViolations(page);
  });

  test(`${language}: the emergency checklist's ticks are inside their boxes`, async ({ page }) => {
    test.slow();
    await startRequest(page);
    await page.getByLabel('A medical problem').check();
    await next(page);
    await page.getByLabel('A new health problem').check();
    await next(page);
    await page.getByLabel('Me', { exact: true }).check();
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await expect(page).toHaveURL(/\/questions\/emergency-/);
    await page.getByRole('checkbox').first().check();
    await switchTo(page, language);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await expectMirroredControls(page, ['checkbox']);
    await expectNoAxeViolations(page);
  });

  test(`${language}: a radio that reveals a question, and inline radios, are inside their boxes`, async ({ page }) => {
    test.slow();
    await startRequest(page);
    await page.getByLabel('Something else, like a fit note or a letter').check();
    await next(page);
    await page.getByLabel('A letter or a form').check();
    await next(page);
    await page.getByLabel('Someone else, like a partner, parent or someone I care for').check();
    await page.getByLabel('No', { exact: true }).check();
    await next(page);
    await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
    await page.getByLabel('Something else').check();
    await expect(page.getByLabel('Tell us your relationship')).toBeVisible();
    await page.getByRole('group', { name: 'Do they know about this request and agree to it?' }).getByLabel('Yes').check();
    await switchTo(page, language);
    await expect(page.locator('.nhsuk-radios__conditional')).toBeVisible();
    await expectMirroredControls(page, ['radio']);
    // The follow-up question hangs from the radio's side of the page: its grey line is on the right.
    await expect(page.locator('.nhsuk-radios__conditional')).toHaveCSS('border-right-width', '4px');
    await expect(page.locator('.nhsuk-radios__conditional')).toHaveCSS('border-left-width', '0px');
    await expectNoAxeViolations(page);
  });
}

test('en: the same check holds left-to-right', async ({ page }) => {
  await page.goto('/settings');
  await page.locator('[name="needs"]').first().check();
  const controls = await tickedControls(page);
  expect(controls.length).toBeGreaterThan(1);
  for (const { box, mark } of controls) {
    expect(mark.left).toBeGreaterThanOrEqual(box.left);
    expect(mark.right).toBeLessThanOrEqual(box.right);
  }
});
