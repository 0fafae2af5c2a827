import type { Frame, Page } from '@playwright/test';
import { baseURL as APP } from '../../playwright.config';
import { atTime, expect, expectPageDrawn, expectNoAxeViolations, MONDAY_MORNING, test, WITHOUT_SERVICE_WORKER } from './fixtures';
import { ALLOWED_HOST, OTHER_HOST, startHostSites, THIRD_PARTY } from './embed-hosts';
import { ADA, received } from './request-helpers';

let stopHosts: () => Promise<void>;

test.beforeAll(async () => {
  stopHosts = await startHostSites(APP);
});

test.afterAll(async () => stopHosts());

const appFrameElement = (page: Page) => page.locator('[data-front-door-embed] iframe');

/** The app's frame once it said "ready" (embed.js shows the frame, the page has painted). */
async function readyAppFrame(page: Page): Promise<Frame> {
  await expect(appFrameElement(page)).toBeVisible();
  const frame = page.frameLocator('[data-front-door-embed] iframe');
  await expectPageDrawn(frame);
  const handle = await appFrameElement(page).elementHandle();
  return (await handle!.contentFrame())!;
}

const frameHeight = (page: Page) => appFrameElement(page).evaluate((el) => Math.round(el.getBoundingClientRect().height));
/** How tall the page inside the frame is, and whether it needs its own scrollbar. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().bottom));

test.use(WITHOUT_SERVICE_WORKER);

test.describe('embedding on a practice website', () => {
  test.beforeEach(async ({ page }) => atTime(page, MONDAY_MORNING));

  test('the embed appears on an allowed site, without header or footer, and sized to its page', async ({ page }) => {
    await page.goto(`${ALLOWED_HOST}/home`);
    const frame = await readyAppFrame(page);
    await expect(appFrameElement(page)).toHaveAttribute('title', 'Front Door: online services for GP practice Y99001');
    await expect(frame.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    // In a frame: no header or footer, compact layout, and the emergency line stays.
    expect(await frame.evaluate(() => document.documentElement.classList.contains('fd-embedded'))).toBe(true);
    await expect(frame.locator('header.fd-header, footer.fd-footer')).toHaveCount(0);
    await expect(frame.getByRole('region').getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    // The frame is as tall as its page: nothing hidden, no scrollbar inside the frame.
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);

    // The same page also has a button embed: several embeds on one page work.
    const button = page.getByRole('link', { name: 'Ask your GP practice for help online (opens in a new tab)' });
    await expect(button).toHaveAttribute('href', `${APP}/Y99001/request`);
    await expect(button).toHaveAttribute('target', '_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
    await expect(tab).toHaveURL(`${APP}/Y99001/request`);
    await tab.close();

    // One global, and no styles added to the practice's page.
    const added = await page.evaluate(() => {
      const before = (window as unknown as { globalsBefore: string[] }).globalsBefore;
      // Numbered keys are the page's frames, which the browser lists on window.
      return Object.keys(window).filter((key) => !before.includes(key) && key !== 'globalsBefore' && !/^\d+$/.test(key));
    });
    expect(added).toEqual(['FrontDoorEmbed']);
    await expect(page.locator('style, link[rel="stylesheet"]')).toHaveCount(0);

    await expectNoAxeViolations(page);
    await expectNoAxeViolations(frame);
  });

  test("the frame's height follows the page as the patient moves to a longer one", async ({ page }) => {
    await page.goto(`${ALLOWED_HOST}/home`);
    const frame = await readyAppFrame(page);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    const homeHeight = await frameHeight(page);

    await frame.getByRole('link', { name: 'Get help with the NHS App' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: /Get help with the NHS App/ })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(homeHeight + 200);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    const guideHeight = await frameHeight(page);
    await expectNoAxeViolations(frame);

    // And shrinks again on the way back.
    await frame.evaluate(() => history.back());
    await expect(frame.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeLessThan(guideHeight - 200);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
  });

  test('a whole request is sent from inside the frame', async ({ page, request }) => {
    await page.goto(`${ALLOWED_HOST}/request`);
    const frame = await readyAppFrame(page);
    const next = () => frame.getByRole('button', { name: 'Continue' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
    await frame.getByRole('link', { name: 'Start now' }).click();
    await frame.getByLabel('Something else, like a fit note or a letter').check();
    await next();
    await frame.getByLabel('A fit note (sick note)').check();
    await next();
    await frame.getByLabel('Me', { exact: true }).check();
    await frame.getByLabel('No', { exact: true }).check();
    await next();
    await expect(frame.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
    await frame.getByLabel('First name').fill(ADA.given);
    await frame.getByLabel('Last name').fill(ADA.family);
    await frame.getByLabel('Day').fill(ADA.day);
    await frame.getByLabel('Month').fill(ADA.month);
    await frame.getByLabel('Year').fill(ADA.year);
    await frame.getByLabel('Postcode').fill(ADA.postcode);
    await next();
    await frame.getByLabel('Tell us what you need').fill('A fit note from 1 to 14 December, sent from the practice website.');
    await next();
    await frame.getByLabel('Phone call').check();
    await frame.getByLabel('Phone number').fill(ADA.phone);
    await frame.getByLabel('Morning (8am to 12pm)').check();
    await frame.getByRole('group', { name: 'Can we leave a message if you do not answer?' }).getByLabel('Yes').check();
    await next();
    await frame.getByLabel('No, I do not need help').check();
    await next();
    await frame.getByLabel('No', { exact: true }).check();
    await next();
    await expect(frame.getByRole('heading', { level: 1, name: 'Check your answers before sending your request' })).toBeVisible();
    // The long check page fits the frame whole.
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(frame);

    await frame.getByRole('button', { name: 'Send request' }).click();
    await expect(frame.getByTestId('request-state')).toHaveAttribute('data-state', 'sent');
    const reference = (await frame.getByTestId('reference').textContent())!;
    expect(reference).toMatch(/^FD-/);
    await expectNoAxeViolations(frame);
    await expectNoAxeViolations(page);

    const { requests } = await received(request);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ ods: 'Y99001', kind: 'admin', reference });
    expect(JSON.stringify(requests[0]!.resources)).toContain('sent from the practice website');
  });

  test('links to other sites open outside the frame; the frame stays on the practice', async ({ page, context }) => {
    // Answer 111.nhs.uk here: tests never reach a real remote host.
    await context.route('https://111.nhs.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>NHS 111</title>' }));
    await page.goto(`${ALLOWED_HOST}/home`);
    const frame = await readyAppFrame(page);
    const [tab] = await Promise.all([context.waitForEvent('page'), frame.getByRole('link', { name: '111.nhs.uk' }).click()]);
    await expect(tab).toHaveURL('https://111.nhs.uk/');
    expect(frame.url()).toMatch(new RegExp(`^${APP}/Y99001`));
    await expect(frame.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
  });

  test('messages from a third site are ignored by the app and by embed.js', async ({ page }) => {
    await page.goto(`${ALLOWED_HOST}/with-widget`);
    const frame = await readyAppFrame(page);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    const before = { height: await frameHeight(page), url: frame.url() };
    const widget = page.frames().find((f) => f.url().startsWith(THIRD_PARTY))!;

    await widget.evaluate(() => {
      const wire = (message: object) => ({ protocol: 'front-door-embed/1', ...message });
      // To the practice's page: pretend to be the app and make the frame huge.
      parent.postMessage(wire({ type: 'height', height: 5000 }), '*');
      parent.postMessage(wire({ type: 'ready' }), '*');
      // To every frame on the page (the app too): say hello, and try to steer it.
      for (let i = 0; i < parent.frames.length; i++) {
        parent.frames[i]!.postMessage(wire({ type: 'hello' }), '*');
        parent.frames[i]!.postMessage(wire({ type: 'navigate', to: '/Y99001/nhs-app' }), '*');
      }
    });
    // A round trip through the app and back: had the app answered, it would have by now.
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));

    // The frame still follows the app's own content (which may have grown meanwhile,
    // say the NHS App nudge arriving), never the third site's 5000 px.
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(2);
    expect(await frameHeight(page)).toBeLessThan(5000);
    expect(frame.url()).toBe(before.url);
    await expect(frame.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    // The app never spoke to the third site.
    const received = await widget.evaluate(() => (window as unknown as { received: { origin: string }[] }).received);
    expect(received.filter((m) => m.origin === APP)).toEqual([]);

    // The bridge still talks to the practice's page only: the frame keeps following the page.
    await frame.getByRole('link', { name: 'Get help with the NHS App' }).click();
    await expect(frame.getByRole('heading', { level: 1, name: /Get help with the NHS App/ })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before.height + 200);
  });

  test('a site not on the allow-list gets a blocked frame, and patients get a link and the phone number', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    const framed = page.waitForResponse((response) => response.url().startsWith(`${APP}/Y99001?embed=1`));
    await page.goto(`${OTHER_HOST}/blocked`);
    const csp = (await framed).headers()['content-security-policy'] ?? '';
    expect(csp).toContain(`frame-ancestors 'self' ${ALLOWED_HOST} http://localhost:4180`);
    expect(csp).not.toContain(OTHER_HOST);

    const link = page.getByRole('link', { name: 'Contact your GP practice online (opens in a new tab)' });
    await expect(link).toBeVisible({ timeout: 10_000 });
    await expect(link).toHaveAttribute('href', `${APP}/Y99001`);
    await expect(page.getByRole('link', { name: '01632 960001' })).toHaveAttribute('href', 'tel:01632960001');
    await expect(appFrameElement(page)).toBeHidden();
    expect(refused.join('\n')).toContain('frame-ancestors');
    await expectNoAxeViolations(page);
  });

  test('the server sends frame-ancestors from each practice allow-list', async ({ request }) => {
    const frameAncestors = async (path: string) =>
      /frame-ancestors ([^;]*)/.exec((await request.get(path)).headers()['content-security-policy'] ?? '')?.[1];
    expect(await frameAncestors('/Y99001')).toBe(`'self' ${ALLOWED_HOST} http://localhost:4180`);
    expect(await frameAncestors('/Y99001/nhs-app?embed=1')).toBe(`'self' ${ALLOWED_HOST} http://localhost:4180`);
    expect(await frameAncestors('/referral?embed=1&practice=Y99001')).toBe(`'self' ${ALLOWED_HOST} http://localhost:4180`);
    expect(await frameAncestors('/Y99002')).toBe("'self'");
    expect(await frameAncestors('/')).toBe("'self'");
    expect(await frameAncestors('/referral')).toBe("'self'");
  });

  test('staff get the snippet, a live preview and a plain iframe, and both work when pasted', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await page.goto('/Y99001/staff');
    const section = page.getByRole('region', { name: 'Put Front Door on your practice website' });
    await expect(section).toBeVisible();
    const code = section.getByLabel('Code for your website');
    await expect(code).toHaveValue(
      `<script src="${APP}/embed.js" data-practice="Y99001" data-journey="home" data-mode="inline"` +
        ' data-title="Online services from Riverside Medical Practice" data-label="Contact Riverside Medical Practice online"' +
        ' data-phone="01632 960001" async></script>',
    );
    await expect(section.getByTestId('embed-allowed-origins')).toContainText(ALLOWED_HOST);

    // The preview is the real embed.js: the app in a frame on this page.
    await section.getByRole('button', { name: 'Show a preview' }).click();
    const preview = page.frameLocator('[data-testid="embed-preview"] iframe');
    await expect(preview.getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Another journey, as a button: the code and the preview follow.
    await section.getByLabel('Ask for help (online request)').check();
    await section.getByLabel('As a button').check();
    await expect(code).toHaveValue(/data-journey="request" data-mode="button" data-label="Ask Riverside Medical Practice for help online"/);
    await expect(section.getByTestId('embed-preview').getByRole('link', { name: 'Ask Riverside Medical Practice for help online (opens in a new tab)' })).toHaveAttribute(
      'href',
      `${APP}/Y99001/request`,
    );
    await section.getByRole('button', { name: 'Copy code', exact: true }).click();
    await expect(section.getByText('Code copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

    // Pasted into the practice's site, the script and the plain iframe both show Front Door.
    const plain = await section.getByLabel('Code without a script').inputValue();
    expect(plain).toContain(`src="${APP}/Y99001/request?embed=1"`);
    await section.getByLabel('Your practice\'s page, with every service').check();
    await section.getByLabel('In the page').check();
    const script = await code.inputValue();

    const host = await context.newPage();
    await host.goto(`${ALLOWED_HOST}/paste?html=${encodeURIComponent(script)}`);
    await expect(host.frameLocator('iframe').getByRole('heading', { level: 1, name: 'Riverside Medical Practice' })).toBeVisible();
    await expect(host.locator('iframe')).toHaveAttribute('title', 'Online services from Riverside Medical Practice');

    await host.goto(`${ALLOWED_HOST}/paste?html=${encodeURIComponent(plain)}`);
    const plainFrame = host.frameLocator('iframe');
    await expect(plainFrame.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
    await expect(plainFrame.locator('header.fd-header')).toHaveCount(0);
    await expectNoAxeViolations(host);
  });
});
