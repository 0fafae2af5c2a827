import { gunzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import type { RequestDraft } from '../../src/domain/request/draft';
import { randomFrom, runSeed } from '../setup/seeded-random';
import { MONDAY_MORNING, test } from './fixtures';
import { draftForTest, onDevice, openCheckWithDraft, storedCopies } from './outbox-helpers';

/**
 * The outbox under random faults (issue 18 item 1). Each sequence sends one request
 * through a random mix of what goes wrong on a phone (offline, a flapping network, 5xx
 * answers, timeouts, an answer lost after the practice stored the request, a reload or a
 * closed tab just after Send, an app update) and then counts what the practice stored.
 * A sequence is drawn from a seeded generator, so any failure replays from its seed.
 */

const NETWORK = ['online', 'online', 'offline', 'flapping'] as const;
const FAULTS = ['500', '503', 'timeout', 'answer-lost'] as const;
const AFTER_SEND = ['stay', 'reload-0', 'reload-50', 'reload-mid-flight', 'close-and-reopen', 'app-update'] as const;

export interface Plan {
  /** The network when Send is pressed. */
  network: (typeof NETWORK)[number];
  /** What the first POSTs of this request meet, in order; after these the practice answers. */
  faults: (typeof FAULTS)[number][];
  after: (typeof AFTER_SEND)[number];
}

export function planFor(seed: number): Plan {
  const random = randomFrom(seed);
  const faults = Array.from({ length: random.between(0, 3) }, () => random.pick(FAULTS));
  return { network: random.pick(NETWORK), faults, after: random.pick(AFTER_SEND) };
}

export interface Result {
  seed: number;
  plan: Plan;
  /** Copies the practice stored: by the request's id, and by its own words under any id. */
  byId: number;
  byWords: number;
  /** Times the page said "sent" while the practice did not have the request. */
  sentEarly: number;
  /** Faults of the plan the request has not met (all of them, for a stored request, means the harness missed its POSTs). */
  unmetFaults: number;
  /** Milliseconds from the start of the sequence to the end of each phase, and in all. */
  phases: Record<string, number>;
}

/** This request's own POSTs: a transaction to the FHIR base carrying its client id (the Task's identifier). */
const isThisRequest = (request: Request, draft: RequestDraft) =>
  request.method() === 'POST' && new URL(request.url()).pathname === '/api/fhir' && bodyText(request).includes(draft.id);

/** A POST's body as text; the app sends requests gzipped (src/platform/api/client.ts). */
function bodyText(request: Request): string {
  const body = request.postDataBuffer();
  if (!body) return '';
  return request.headers()['content-encoding'] === 'gzip' ? gunzipSync(body).toString('utf8') : body.toString('utf8');
}

/** How the practice backend plays each fault (server/routes/test-faults.ts). */
const SERVER_FAULT: Record<Plan['faults'][number], string> = { '500': '500', '503': '503', timeout: 'no-answer', 'answer-lost': 'answer-lost' };

/**
 * The first POSTs of this request meet the plan's faults; the rest reach the practice.
 * The backend plays them, so they meet whoever sends: the page or the service worker.
 */
async function injectFaults(request: APIRequestContext, draft: RequestDraft, faults: Plan['faults']) {
  const plan = (list: string[]) => request.post('/__test/faults', { data: { id: draft.id, faults: list } });
  expect((await plan(faults.map((fault) => SERVER_FAULT[fault]))).ok()).toBe(true);
  return {
    /** How many faults this request has not met yet. */
    unmet: async () => ((await (await request.get(`/__test/faults/${draft.id}`)).json()) as { left: number }).left,
    stop: () => plan([]),
  };
}

/** Offline and online by turns, a few times, ending online. */
async function flap(context: BrowserContext, random: ReturnType<typeof randomFrom>) {
  for (let i = 0; i < random.between(3, 8); i++) {
    await context.setOffline(i % 2 === 0);
    await new Promise((resolve) => setTimeout(resolve, random.between(20, 150)));
  }
  await context.setOffline(false);
}

/** A new version of the service worker is found, takes over, and the page reloads (as the update prompt's "Update" does). */
async function appUpdate(page: Page, version: number) {
  await page.context().route('**/sw.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// fault harness version ${version}\n` });
  });
  const updated = await page
    .evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return false;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (!worker) return false;
      if (worker.state !== 'installed') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'installed' && resolve(null)));
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      worker.postMessage({ type: 'SKIP_WAITING' });
      await changed;
      return true;
    })
    .catch(() => false); // offline: no update to find
  await page.reload().catch(() => undefined);
  return updated;
}

/** Presses Send inside the page; with `reloadAfter`, reloads that many milliseconds later. */
function pressSend(page: Page, reloadAfter?: number) {
  return page.evaluate((delay) => {
    const send = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send request')!;
    send.click();
    if (delay !== null) setTimeout(() => location.reload(), delay);
  }, reloadAfter ?? null);
}

/** The sent page shows the request's state (waiting or sent) once Send has saved it. */
const sendAndWait = async (page: Page) => {
  await pressSend(page);
  await expect(page.getByTestId('request-state')).toBeVisible();
  return page;
};

/** What happens just after Send, for each plan; each returns the page now open. */
const AFTER: Record<Plan['after'], (page: Page, draft: RequestDraft, seed: number) => Promise<Page>> = {
  stay: sendAndWait,
  'reload-0': async (page) => {
    await Promise.all([page.waitForEvent('load').catch(() => undefined), pressSend(page, 0)]);
    return page;
  },
  'reload-50': async (page) => {
    await Promise.all([page.waitForEvent('load').catch(() => undefined), pressSend(page, 50)]);
    return page;
  },
  'reload-mid-flight': async (page, draft) => {
    const posted = page.waitForRequest((r) => isThisRequest(r, draft), { timeout: 3_000 }).catch(() => null);
    await pressSend(page);
    await posted;
    await page.reload().catch(() => undefined); // offline before the worker took over: the reload itself fails
    return page;
  },
  'close-and-reopen': async (page, draft) => {
    await sendAndWait(page);
    const context = page.context();
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto(`/Y99001/request/sent/${draft.id}`).catch(() => undefined);
    return reopened;
  },
  'app-update': async (page, _draft, seed) => {
    await sendAndWait(page);
    await appUpdate(page, seed);
    return page;
  },
};

/** Checks until `check` holds or the time is up; says which (the harness counts, it does not stop). */
async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The request's state as the page shows it now, or null when it shows none (no waiting). */
async function stateShown(page: Page): Promise<string | null> {
  const state = page.getByTestId('request-state');
  return (await state.count().catch(() => 0)) > 0 ? state.first().getAttribute('data-state', { timeout: 500 }).catch(() => null) : null;
}

/** How many copies the practice stored under this request's id (a light check, for polling). */
async function storedById(request: APIRequestContext, draft: RequestDraft): Promise<number> {
  const response = await request.get(`/__test/requests?count=${draft.id}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { stored: number }).stored;
}

/** If the page says "sent", the practice must already have it. */
async function saysSentEarly(page: Page, request: APIRequestContext, draft: RequestDraft): Promise<number> {
  if ((await stateShown(page)) !== 'sent') return 0;
  return (await storedById(request, draft)) === 0 ? 1 : 0;
}

/** Runs one sequence in `context`; returns the page left open and what was counted. */
export async function runSequence(context: BrowserContext, page: Page, request: APIRequestContext, seed: number): Promise<{ page: Page; result: Result }> {
  const plan = planFor(seed);
  const random = randomFrom(seed ^ 0x5eed);
  const draft = draftForTest();
  const sentUrl = `/Y99001/request/sent/${draft.id}`;
  let sentEarly = 0;
  const started = Date.now();
  if (process.env.FAULT_DEBUG) console.log(`sequence ${seed}: ${JSON.stringify(plan)}`);

  const phases: Record<string, number> = {};
  const mark = (label: string) => {
    phases[label] = Date.now() - started;
    if (process.env.FAULT_DEBUG) console.log(`  ${seed} ${label} +${phases[label]}`);
  };
  await openCheckWithDraft(page, draft);
  mark('check open');
  const faults = await injectFaults(request, draft, plan.faults);
  if (plan.network === 'offline') await context.setOffline(true);
  // Caught at once: a flap cut short is the harness's trouble, not a verdict, and must not
  // be an unhandled rejection while the sequence goes on.
  const flapping = (plan.network === 'flapping' ? flap(context, random) : Promise.resolve()).catch((error: unknown) => {
    if (process.env.FAULT_DEBUG) console.log(`sequence ${seed}: flapping stopped: ${String(error)}`);
  });

  try {
    page = await AFTER[plan.after](page, draft, seed);
  } finally {
    // Even when this sequence could not go on, the flapping ends before the next begins.
    await flapping;
  }
  mark('after done');
  sentEarly += await saysSentEarly(page, request, draft);

  // Back to a good network. Every page load sends what is waiting; a draft that Send had
  // not yet saved when the page went is sent again, as the patient would.
  await context.setOffline(false);
  // Each page load sends at once (the outbox's backoff is for a page left open), so a
  // patient reopening the page is what drives it here: short waits, several tries.
  for (let tries = 0; tries < 12 && (await storedById(request, draft)) === 0; tries++) {
    // A try ends when the practice stored the request or played this try's fault.
    const faultsLeft = await faults.unmet();
    const answered = async () => (await storedById(request, draft)) > 0 || (await faults.unmet()) < faultsLeft;
    const device = await onDevice(page, draft.id).catch(() => null);
    if (device?.outbox === null && device.draft === 'open') {
      await page.goto('/Y99001/request/check');
      await page.getByRole('button', { name: 'Send request' }).click();
    } else await page.goto(sentUrl).catch(() => undefined);
    await eventually(answered, 1_500);
    sentEarly += await saysSentEarly(page, request, draft);
  }
  mark('stored');
  // Not asserted here: a request the practice never got is counted below as "lost".
  // The sent page open already says so soon after the practice has it, unless its answer
  // was lost: then it learns at its next try, and opening it again is quicker.
  const onSentPage = page.url().endsWith(sentUrl) && (await eventually(async () => (await stateShown(page)) === 'sent', 800));
  if (!onSentPage) await page.goto(sentUrl).catch(() => undefined);
  await eventually(async () => (await stateShown(page)) === 'sent', 10_000);
  mark('shown sent');
  sentEarly += await saysSentEarly(page, request, draft);
  const unmet = await faults.unmet();
  await faults.stop();
  await context.unroute('**/sw.js');
  const stored = await storedCopies(request, draft);
  mark('took');
  return { page, result: { seed, plan, byId: stored.byId, byWords: stored.byWords, sentEarly, unmetFaults: unmet, phases } };
}

/**
 * Runs `sequences` sequences in `lanes` lanes at once (each lane a browser context: one
 * device sending one request after another), and checks the figures: 0 lost, 0
 * duplicated, 0 "sent" before the practice stored it, 0 faults missed. Each sequence has
 * its own seed, derived from one run seed that is new each run and printed;
 * FAULT_SEED=<seed> replays a run.
 */
export async function expectNothingLostUnderFaults(
  { browser, baseURL, request }: { browser: Browser; baseURL: string | undefined; request: APIRequestContext },
  { sequences, lanes }: { sequences: number; lanes: number },
) {
  const runSeedNow = runSeed();
  console.log(`fault harness: ${sequences} sequences, run seed ${runSeedNow} (replay with FAULT_SEED=${runSeedNow})`);
  test.info().annotations.push({ type: 'fault seed', description: String(runSeedNow) });
  await request.post('/__test/clock', { data: { now: MONDAY_MORNING } });

  const results: Result[] = [];
  const failures: string[] = [];
  const seeds = Array.from({ length: sequences }, (_, i) => (runSeedNow + i * 7919) >>> 0);
  const lane = async (mine: number[]) => {
    const context = await browser.newContext({ baseURL });
    await context.clock.install({ time: new Date(MONDAY_MORNING) });
    await context.clock.resume();
    let page = await context.newPage();
    for (const seed of mine) {
      try {
        const run = await runSequence(context, page, request, seed);
        page = run.page;
        results.push(run.result);
      } catch (error) {
        // The harness itself could not go on (not a verdict on the outbox): say which seed, and start afresh.
        failures.push(`seed ${seed}: ${String(error).split('\n').slice(0, process.env.FAULT_DEBUG ? 12 : 1).join(' | ')}`);
        // A sequence cut short may have left the device offline or a route in place.
        await context.setOffline(false);
        await context.unrouteAll({ behavior: 'ignoreErrors' });
        await page.close().catch(() => undefined);
        page = await context.newPage();
      }
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: lanes }, (_, l) => lane(seeds.filter((_, i) => i % lanes === l))));

  const lost = results.filter((r) => r.byId === 0);
  const duplicated = results.filter((r) => r.byWords > 1 || r.byId > 1);
  const sentEarly = results.filter((r) => r.sentEarly > 0);
  // A stored request's first POST met its plan's first fault (a lost answer stores it, so
  // later faults may still wait); a stored request that met none went past the harness.
  const faultsMissed = results.filter((r) => r.byId > 0 && r.plan.faults.length > 0 && r.unmetFaults === r.plan.faults.length);
  const faultsMet = results.reduce((sum, r) => sum + r.plan.faults.length - r.unmetFaults, 0);
  const figures = { sequences: results.length, lost: lost.length, duplicated: duplicated.length, sentEarly: sentEarly.length, faultsMissed: faultsMissed.length };
  console.log(`fault harness, run seed ${runSeedNow}: ${JSON.stringify(figures)}; faults met: ${faultsMet}`);
  for (const bad of [...lost, ...duplicated, ...sentEarly, ...faultsMissed]) console.log(`  failed sequence: seed ${bad.seed}, plan ${JSON.stringify(bad.plan)}`);
  for (const failure of failures) console.log(`  could not run: ${failure}`);
  writeReport({ runSeed: runSeedNow, figures, faultsMet, results, failures });
  expect(failures, `run seed ${runSeedNow}`).toEqual([]);
  expect(figures, `run seed ${runSeedNow}`).toEqual({ sequences, lost: 0, duplicated: 0, sentEarly: 0, faultsMissed: 0 });
}

/**
 * The run's figures and its slowest sequences, phase by phase, for `npm test` to print at
 * its end (a CI log's tail is often all there is to read). FAULT_REPORT names the file.
 */
function writeReport(report: { runSeed: number; figures: object; faultsMet: number; results: Result[]; failures: string[] }) {
  const path = process.env.FAULT_REPORT ?? 'test-results/fault-harness.json';
  const slowest = [...report.results].sort((a, b) => (b.phases.took ?? 0) - (a.phases.took ?? 0)).slice(0, 5);
  const totalMs = report.results.reduce((sum, r) => sum + (r.phases.took ?? 0), 0);
  mkdirSync(dirname(path), { recursive: true });
  const { results: _all, ...figures } = report;
  writeFileSync(path, JSON.stringify({ ...figures, totalMs, slowest: slowest.map(({ seed, plan, phases }) => ({ seed, plan, phases })) }, null, 2));
}
