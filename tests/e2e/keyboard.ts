import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers: every move is a key press through `page.keyboard`, never a
 * click or a `focus()`. Each control reached is checked for a visible focus style.
 */

const MAX_TABS = 80;

/** NHS.UK's focus colour (#ffeb3b): every focus style in the design system uses it. */
const FOCUS_YELLOW = 'rgb(255, 235, 59)';

/**
 * Fails unless the focused control shows it: `:focus-visible`, and the NHS.UK yellow focus
 * ring or highlight on the control or, for radios and checkboxes, on its label's ring.
 * (Buttons always carry a box-shadow, so "has a shadow" alone would prove nothing.)
 */
export async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const verdict = await target.evaluate((el, yellow) => {
    if (!el.matches(':focus-visible')) return 'focused, but not :focus-visible';
    const shows = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === yellow) || s.boxShadow.includes(yellow) || s.backgroundColor === yellow;
    if (shows(getComputedStyle(el))) return 'visible';
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = el.labels?.[0];
      if (label && shows(getComputedStyle(label, '::before'))) return 'visible';
    }
    return `no visible focus style on <${el.tagName.toLowerCase()}>`;
  }, FOCUS_YELLOW);
  expect(verdict, 'focus must be visible').toBe('visible');
}

async function isFocused(target: Locator) {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, { backwards = false } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < MAX_TABS && !(await isFocused(target)); i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expectFocusVisible(target);
}

/** Tabs into a radio group, then arrows to `option` (arrow keys choose a radio). */
export async function chooseRadio(page: Page, group: Locator, option: Locator) {
  await expect(option).toBeVisible();
  const inGroup = () => group.evaluate((el) => el.contains(document.activeElement) && document.activeElement instanceof HTMLInputElement);
  for (let i = 0; i < MAX_TABS && !(await inGroup()); i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 20 && !(await isFocused(option)); i++) await page.keyboard.press('ArrowDown');
  await expectFocusVisible(option);
  if (!(await option.isChecked())) await page.keyboard.press('Space');
  await expect(option).toBeChecked();
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tickCheckbox(page: Page, box: Locator) {
  await tabTo(page, box);
  if (!(await box.isChecked())) await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, control: Locator) {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}
