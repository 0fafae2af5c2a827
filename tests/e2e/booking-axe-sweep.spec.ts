import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { ServiceRequest } from '../../src/domain/booking';
import { atTime, expect, expectNoAxeViolations, MONDAY_MORNING, test } from './fixtures';
import { bookOverApi, freeSlot, toSlotThatDoesNotExist } from './booking-api';

/**
 * Issue 5 must-show: zero axe violations on every booking page and state, in Welsh. Two
 * data-driven walks (Manage your referral, practice appointments) over the mock backend's
 * seeded data (docs/booking-api.md): each step does one thing a patient would do, waits
 * for what they would then see, and runs axe. Controls are found by the Welsh catalogue's
 * own words, so a missing translation shows up as a step that cannot find its control.
 */

const welsh = (namespace: string): unknown => JSON.parse(readFileSync(new URL(`../../src/locales/cy/${namespace}.json`, import.meta.url), 'utf8'));
const catalogues: Record<string, unknown> = { booking: welsh('booking'), 'date-of-birth': welsh('date-of-birth') };
/** The Welsh words at a dotted key of a catalogue (booking unless named), e.g. `words('change.reasons.other')`. */
function words(key: string): string {
  const [namespace, path] = key.includes(':') ? key.split(':') : ['booking', key];
  const text = path!.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogues[namespace!]);
  if (typeof text !== 'string') throw new Error(`no Welsh text at ${namespace}:${path}`);
  return text;
}

type Walk = { page: Page; context: BrowserContext };
type Step = {
  /** The page or state, as a patient would name it. */
  state: string;
  act: (walk: Walk) => Promise<void>;
  /** What the patient then sees. */
  shows: (page: Page) => Locator;
};

const h1 = (page: Page, key: string) => page.getByRole('heading', { level: 1, name: words(key) });
const button = (page: Page, key: string) => page.getByRole('button', { name: words(key), exact: true });
const errorSummary = (page: Page) => page.locator('.nhsuk-error-summary');

async function signIn(page: Page, ubrn: string, password: string) {
  await page.locator('#ubrn').fill(ubrn);
  await page.locator('#password').fill(password);
  await button(page, 'signIn.submit').click();
}

/** Books the slot the page has open (its `slot` URL parameter) for another patient, straight through the API. */
async function takeSlotForSomeoneElse(page: Page) {
  const slot = new URL(page.url()).searchParams.get('slot');
  expect(slot, 'the confirm page names its slot').toBeTruthy();
  const signIn = await page.request.post('/api/referrals/sign-in', { data: { ubrn: '100000000003', password: 'Harbour-Moth-9' } });
  expect(signIn.ok()).toBe(true);
  const { session, serviceRequest } = (await signIn.json()) as { session: { token: string }; serviceRequest: ServiceRequest };
  const service = new URL(page.url()).searchParams.get('service')!;
  const free = await freeSlot(page.request, `schedule.actor=HealthcareService/${service}`, slot!, session.token);
  const booking = await bookOverApi(page.request, { slot: free, serviceId: service, token: session.token, referral: serviceRequest });
  expect(booking.status()).toBe(200);
}

const REFERRAL: Step[] = [
  { state: 'sign-in', act: async ({ page }) => void (await page.goto('/referral')), shows: (p) => h1(p, 'signIn.title') },
  { state: 'sign-in error (nothing entered)', act: ({ page }) => button(page, 'signIn.submit').click(), shows: (p) => errorSummary(p).getByRole('link', { name: words('ubrn.errors.required') }) },
  { state: 'sign-in error (wrong password, tries left)', act: ({ page }) => signIn(page, '100000000001', 'not-the-password'), shows: (p) => errorSummary(p).getByText(/cynnig arall/) },
  { state: 'referral summary and shortlist', act: ({ page }) => signIn(page, '100000000001', 'Otter-Lamp-7'), shows: (p) => p.getByTestId('shortlist') },
  { state: 'slots', act: ({ page }) => page.getByTestId('shortlist').getByRole('link').first().click(), shows: (p) => p.getByTestId('next-free-slot') },
  { state: 'confirm', act: ({ page }) => page.getByTestId('next-free-slot').click(), shows: (p) => h1(p, 'confirm.title') },
  { state: 'booked', act: ({ page }) => button(page, 'confirm.book').click(), shows: (p) => p.getByTestId('booking-reference') },
  {
    state: 'offline, the booking still shown',
    act: ({ context }) => context.setOffline(true),
    shows: (p) => p.getByTestId('booking-offline').getByText(words('offline.bookingShown')),
  },
  { state: 'back online', act: ({ context }) => context.setOffline(false), shows: (p) => p.getByRole('button', { name: words('booked.changeOrCancel') }).and(p.locator(':enabled')) },
  { state: 'change or cancel', act: ({ page }) => button(page, 'booked.changeOrCancel').click(), shows: (p) => h1(p, 'change.title') },
  { state: 'change: shortlist for a new time', act: ({ page }) => button(page, 'change.newTime').click(), shows: (p) => p.getByTestId('shortlist') },
  { state: 'change: slots', act: ({ page }) => page.getByTestId('shortlist').getByRole('link').last().click(), shows: (p) => p.getByTestId('next-free-slot') },
  { state: 'change: confirm the new time', act: ({ page }) => page.getByTestId('next-free-slot').click(), shows: (p) => h1(p, 'confirm.changeTitle') },
  { state: 'booked after a change', act: ({ page }) => button(page, 'confirm.move').click(), shows: (p) => p.getByTestId('booking-reference') },
  { state: 'change or cancel again', act: ({ page }) => button(page, 'booked.changeOrCancel').click(), shows: (p) => h1(p, 'change.title') },
  { state: 'cancel without a reason', act: ({ page }) => button(page, 'change.cancel').click(), shows: (p) => errorSummary(p).getByRole('link', { name: words('change.reasonRequired') }) },
  {
    state: 'cancel with a reason',
    act: async ({ page }) => {
      await page.getByLabel(words('change.reasons.cannot-attend')).check();
      await page.locator('#cancel-text').fill('Mae gen i gyfarfod gwaith.');
    },
    shows: (p) => p.getByLabel(words('change.reasons.cannot-attend')).and(p.locator(':checked')),
  },
  { state: 'cancelled', act: ({ page }) => button(page, 'change.cancel').click(), shows: (p) => h1(p, 'cancelled.title') },
  { state: 'sign out', act: ({ page }) => button(page, 'referral.signOut').click(), shows: (p) => h1(p, 'signIn.title') },
  { state: 'locked', act: ({ page }) => signIn(page, '100000000007', 'Maple-Drum-4'), shows: (p) => h1(p, 'locked.title') },
  { state: 'sign-in again', act: async ({ page }) => void (await page.goto('/referral')), shows: (p) => h1(p, 'signIn.title') },
  { state: 'no free slots', act: ({ page }) => signIn(page, '100000000004', 'Quiet-Bridge-5'), shows: (p) => h1(p, 'noSlots.title') },
  { state: 'no free slots: the service will contact you', act: ({ page }) => button(page, 'noSlots.defer').click(), shows: (p) => h1(p, 'noSlots.deferredTitle') },
  { state: 'sign in for the last slot', act: async ({ page }) => void (await page.goto('/referral')), shows: (p) => h1(p, 'signIn.title') },
  { state: 'urgent referral shortlist', act: ({ page }) => signIn(page, '100000000002', 'Kettle-Fern-3'), shows: (p) => p.getByTestId('shortlist') },
  {
    state: 'confirm the last slot',
    act: async ({ page }) => {
      await page.getByRole('link', { name: 'Dewis Eye Clinic' }).click();
      await page.getByTestId('next-free-slot').click();
    },
    shows: (p) => h1(p, 'confirm.title'),
  },
  {
    state: 'offline before booking',
    act: ({ context }) => context.setOffline(true),
    shows: (p) => p.getByTestId('booking-offline'),
  },
  { state: 'online again', act: ({ context }) => context.setOffline(false), shows: (p) => button(p, 'confirm.book').and(p.locator(':enabled')) },
  {
    state: 'slot taken (conflict), with fresh slots',
    act: async ({ page }) => {
      await takeSlotForSomeoneElse(page);
      await button(page, 'confirm.book').click();
    },
    shows: (p) => p.getByTestId('slot-taken'),
  },
  {
    state: 'a slot edited by hand in the URL',
    act: async ({ page }) => {
      const service = new URL(page.url()).searchParams.get('service');
      await page.evaluate((id) => {
        history.pushState(null, '', `/referral?service=${id}&slot=${id}-20991231-0900`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, service);
    },
    shows: (p) => p.getByTestId('slot-unknown'),
  },
  {
    state: 'a problem the patient cannot fix (a slot id changed in the request)',
    act: async ({ page }) => {
      await page.route('**/api/fhir', toSlotThatDoesNotExist);
      await page.goto('/referral');
      await signIn(page, '100000000008', 'Cedar-Kite-6'); // two-week wait: its own wording on the shortlist
      await expect(page.getByTestId('referral-priority')).toHaveText(words('priority.two-week-wait'));
      await expectNoAxeViolations(page);
      await page.getByTestId('shortlist').getByRole('link').first().click();
      await page.getByTestId('next-free-slot').click();
      await button(page, 'confirm.book').click();
    },
    shows: (p) => p.getByTestId('booking-problem'),
  },
];

const PRACTICE: Step[] = [
  { state: 'type choice', act: async ({ page }) => void (await page.goto('/Y99001/appointments')), shows: (p) => h1(p, 'practice.title') },
  { state: 'slots', act: ({ page }) => page.getByRole('link', { name: words('practice.types.phone') }).click(), shows: (p) => p.getByTestId('next-free-slot') },
  { state: 'offline on the slots', act: ({ context }) => context.setOffline(true), shows: (p) => p.getByTestId('booking-offline') },
  { state: 'slots online again', act: ({ context }) => context.setOffline(false), shows: (p) => p.getByTestId('next-free-slot') },
  { state: 'details', act: ({ page }) => page.getByTestId('next-free-slot').click(), shows: (p) => p.locator('#patient-name') },
  { state: 'details error', act: ({ page }) => button(page, 'confirm.book').click(), shows: (p) => errorSummary(p).getByRole('link', { name: words('practice.phoneRequired') }) },
  {
    state: 'booked',
    act: async ({ page }) => {
      await page.locator('#appointment-reason').fill('Peswch ers 3 wythnos');
      await page.locator('#patient-name').fill('Alys Dychmygol');
      await page.locator('[name=birth-date-day]').fill('2');
      await page.locator('[name=birth-date-month]').fill('4');
      await page.locator('[name=birth-date-year]').fill('1990');
      await page.locator('#patient-postcode').fill('ex1 4hj');
      await page.locator('#patient-phone').fill('01632 960999');
      await button(page, 'confirm.book').click();
    },
    shows: (p) => p.getByTestId('booking-reference'),
  },
  { state: 'manage: find', act: ({ page }) => button(page, 'booked.changeOrCancel').click(), shows: (p) => h1(p, 'manage.title') },
  { state: 'manage: find error', act: ({ page }) => button(page, 'manage.submit').click(), shows: (p) => errorSummary(p).getByRole('link', { name: words('date-of-birth:errors.required.me') }) },
  {
    state: 'manage: wrong details',
    act: async ({ page }) => {
      await page.locator('[name=birth-date-day]').fill('3');
      await page.locator('[name=birth-date-month]').fill('4');
      await page.locator('[name=birth-date-year]').fill('1990');
      await button(page, 'manage.submit').click();
    },
    shows: (p) => errorSummary(p).getByText(words('problems.wrong-details-practice')),
  },
  {
    state: 'manage: found',
    act: async ({ page }) => {
      await page.locator('[name=birth-date-day]').fill('2');
      await button(page, 'manage.submit').click();
    },
    shows: (p) => p.getByTestId('booking-reference'),
  },
  { state: 'change or cancel', act: ({ page }) => button(page, 'booked.changeOrCancel').click(), shows: (p) => h1(p, 'change.title') },
  { state: 'change: type choice', act: ({ page }) => button(page, 'change.newTime').click(), shows: (p) => h1(p, 'change.newTime') },
  { state: 'change: slots', act: ({ page }) => page.getByRole('link', { name: words('practice.types.video') }).click(), shows: (p) => p.getByTestId('next-free-slot') },
  { state: 'change: confirm the new time', act: ({ page }) => page.getByTestId('next-free-slot').click(), shows: (p) => h1(p, 'confirm.changeTitle') },
  { state: 'booked after a change', act: ({ page }) => button(page, 'confirm.move').click(), shows: (p) => p.getByTestId('booking-reference') },
  { state: 'cancel', act: ({ page }) => button(page, 'booked.changeOrCancel').click(), shows: (p) => h1(p, 'change.title') },
  { state: 'cancel without a reason', act: ({ page }) => button(page, 'change.cancel').click(), shows: (p) => errorSummary(p).getByRole('link', { name: words('change.reasonRequired') }) },
  {
    state: 'cancel with a reason',
    act: ({ page }) => page.getByLabel(words('change.reasons.feeling-better')).check(),
    shows: (p) => p.getByLabel(words('change.reasons.feeling-better')).and(p.locator(':checked')),
  },
  { state: 'cancelled', act: ({ page }) => button(page, 'change.cancel').click(), shows: (p) => h1(p, 'cancelled.title') },
  {
    state: 'manage: locked after five wrong tries',
    act: async ({ page }) => {
      await page.goto('/Y99004/appointments/manage');
      await page.locator('#reference').fill('HS9T3WXC');
      await page.locator('[name=birth-date-month]').fill('11');
      await page.locator('[name=birth-date-year]').fill('1972');
      for (let day = 10; day < 15; day++) {
        await page.locator('[name=birth-date-day]').fill(String(day));
        await button(page, 'manage.submit').click();
        if (day < 14) await expect(errorSummary(page)).toContainText(words('problems.wrong-details-practice'));
      }
    },
    shows: (p) => h1(p, 'locked.title'),
  },
  {
    state: 'a type the practice does not offer, and a slot edited by hand',
    act: async ({ page }) => void (await page.goto('/Y99001/appointments?type=video&slot=Y99001-video-20200101-1000')),
    shows: (p) => p.getByTestId('slot-unknown'),
  },
  { state: 'a practice that does not book online', act: async ({ page }) => void (await page.goto('/Y99003/appointments')), shows: (p) => h1(p, 'practice.notTaken') },
];

/** Takes each step in turn: it must show what it promises, in Welsh, with no axe violations. */
async function expectEachStepAccessible(steps: Step[], w: Walk) {
  for (const step of steps) {
    await test.step(step.state, async () => {
      await step.act(w);
      await expect(step.shows(w.page).first(), `after "${step.state}"`).toBeVisible();
      await expect(w.page.locator('html')).toHaveAttribute('lang', 'cy');
      await expectNoAxeViolations(w.page);
    });
  }
}

test.describe('booking pages in Welsh: axe on every page and state', () => {
  test.beforeEach(async ({ page }) => {
    await atTime(page, MONDAY_MORNING);
    await page.addInitScript(() => localStorage.setItem('front-door:language', 'cy'));
  });

  test('manage your referral: sign-in, errors, locked, shortlist, slots, book, change, cancel, no slots, conflict, offline', async ({ page, context }) => {
    test.slow();
    await expectEachStepAccessible(REFERRAL, { page, context });
  });

  test('practice appointments: types, slots, details, booked, find, change, cancel, locked', async ({ page, context }) => {
    test.slow();
    await expectEachStepAccessible(PRACTICE, { page, context });
  });
});
