import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/** Fictional people only; NHS numbers from the never-issued 999 range. */
export const ADA = { given: 'Ada', family: 'Testperson', day: '7', month: '3', year: '1980', nhs: '9991112227', postcode: 'ex12ab', phone: '07700 900982' };
export const CHILD = { given: 'Bea', family: 'Testchild', day: '1', month: '6', year: '2019' };
export const PARENT = { given: 'Cal', family: 'Testparent' };

/** A request as the practice backend stored it: its FHIR resources, and its photos from the photo store. */
export interface Received {
  id: string;
  ods: string;
  kind: string;
  reference: string;
  resources: (Record<string, unknown> & { resourceType: string })[];
  photos: { url: string; contentType: string; data: string }[];
}

export async function received(request: APIRequestContext): Promise<{ requests: Received[]; attempts: Record<string, number> }> {
  const response = await request.get('/__test/requests');
  expect(response.ok()).toBe(true);
  return response.json();
}

export const resourcesOf = (r: Received, type: string) => r.resources.filter((x) => x.resourceType === type);

/** Optionally checks every page with axe as it goes. */
export async function next(page: Page, { axe = false } = {}) {
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function startRequest(page: Page, ods = 'Y99001', axe = false) {
  await page.goto(`/${ods}`);
  await page.getByRole('link', { name: 'Ask for help' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask your GP practice for help' })).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start now' }).click();
}

export async function fillDetails(page: Page, person: { given: string; family: string; day: string; month: string; year: string; nhs?: string; postcode?: string }, sex?: 'Female' | 'Male') {
  await expect(page).toHaveURL(/\/request\/details/);
  await page.getByLabel('First name', { exact: true }).fill(person.given);
  await page.getByLabel('Last name', { exact: true }).fill(person.family);
  await page.getByLabel('Day').fill(person.day);
  await page.getByLabel('Month').fill(person.month);
  await page.getByLabel('Year').fill(person.year);
  if (sex) await page.getByLabel(sex, { exact: true }).check();
  if (person.nhs) await page.getByLabel('NHS number (optional)').fill(person.nhs);
  await page.getByLabel('Postcode').fill(person.postcode ?? 'EX1 2AB');
}

export async function fillContactToCheck(page: Page, { axe = false, photos = 'No' }: { axe?: boolean; photos?: 'No' | 'skip' } = {}) {
  await expect(page).toHaveURL(/\/request\/contact$/);
  await page.getByLabel('Phone call').check();
  await page.getByLabel('Phone number').fill(ADA.phone);
  await page.getByLabel('Morning (8am to 12pm)').check();
  await page.getByRole('group', { name: 'Can we leave a message if you do not answer?' }).getByLabel('Yes').check();
  await next(page, { axe });
  await page.getByLabel('No, I do not need help').check();
  await next(page, { axe });
  if (photos === 'No') {
    await page.getByLabel('No', { exact: true }).check();
    await next(page, { axe });
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before sending your request' })).toBeVisible();
  }
}

/**
 * An admin request for Ada, from the start (or, with `start: false`, from the request
 * type page the caller has already reached) to "Tell us what you need".
 */
export async function adminForMeToDescribe(
  page: Page,
  { ods = 'Y99001', about = 'A fit note (sick note)', axe = false, start = true } = {},
) {
  if (start) await startRequest(page, ods, axe);
  await page.getByLabel('Something else, like a fit note or a letter').check();
  await next(page, { axe });
  await page.getByLabel(about, { exact: true }).check();
  await next(page, { axe });
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await next(page, { axe });
  await expect(page.getByRole('heading', { level: 1, name: 'Your details' })).toBeVisible();
  await fillDetails(page, ADA);
  await next(page, { axe });
}

/** An admin request for me, from the practice home page to check your answers. */
export async function adminForMeToCheck(page: Page, { axe = false, description = 'I need a fit note for my back, from 1 to 14 December.' } = {}) {
  await adminForMeToDescribe(page, { axe });
  await page.getByLabel('Tell us what you need').fill(description);
  await next(page, { axe });
  await fillContactToCheck(page, { axe });
}

/**
 * A medical request for me that ticks chest pain on the emergency screen, to the 999
 * outcome. With `start: false` the caller has already opened the request type page.
 */
export async function chestPainTo999(page: Page, { start = true } = {}) {
  if (start) await startRequest(page);
  await page.getByLabel('A medical problem').check();
  await next(page);
  await page.getByLabel('A new health problem').check();
  await next(page);
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await page.getByLabel(/Chest pain: the chest feels heavy or tight/).check();
  await next(page);
  await expect(page.getByTestId('triage-outcome')).toHaveAttribute('data-disposition', 'call-999');
}

/** Ticks "None of these" through the emergency screen. */
export async function noEmergency(page: Page, axe = false) {
  while (/\/questions\/emergency-/.test(page.url())) {
    const before = page.url();
    // The next question reuses the page: wait until its own (unticked) answer shows.
    await expect(page.getByLabel('None of these')).not.toBeChecked();
    await page.getByLabel('None of these').check();
    await next(page, { axe });
    await expect(page).not.toHaveURL(before);
  }
}

/** All IndexedDB, localStorage, sessionStorage and Cache Storage text on the device. */
export async function deviceStorageText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve([]);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }));
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        // The app's own files (code, styles, catalogues) hold no one's data; everything else is checked.
        if (/\.(png|ico|svg|js|css|html|webmanifest)$/.test(new URL(request.url).pathname)) continue;
        parts.push(await (await cache.match(request))!.text());
      }
    }
    return parts.join('\n');
  });
}

export function expectNoPersonalData(text: string, extra: string[] = []) {
  for (const personal of [ADA.family, CHILD.family, PARENT.family, '1980-03-07', '7 March 1980', 'fit note for my back', '900982', ...extra]) {
    expect(text, `device storage must not hold "${personal}"`).not.toContain(personal);
  }
}

/** A PNG made of noise (so it does not compress): about width × height × 3 bytes. */
export function noisePng(width: number, height: number): Buffer {
  const row = width * 3 + 1;
  const raw = randomBytes(row * height);
  for (let y = 0; y < height; y++) raw[y * row] = 0; // filter type "none" on every row
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A medical request for Ada about a new problem, from the practice home to the topic page. */
export async function medicalForAdaToTopic(page: Page) {
  await startRequest(page);
  await page.getByLabel('A medical problem').check();
  await next(page);
  await page.getByLabel('A new health problem').check();
  await next(page);
  await page.getByLabel('Me', { exact: true }).check();
  await page.getByLabel('No', { exact: true }).check();
  await next(page);
  await noEmergency(page);
  await fillDetails(page, ADA, 'Female');
  await next(page);
}

/**
 * Answers each topic question page in turn, by its linkId, until the outcome shows. A
 * question with no answer given fails the walk instead of being skipped silently.
 */
export async function answerTopicQuestions(page: Page, answers: Readonly<Record<string, string | readonly string[]>>) {
  for (;;) {
    await expect(page).toHaveURL(/\/request\/(questions|outcome)\//);
    const path = new URL(page.url()).pathname;
    if (path.includes('/outcome/')) return;
    const answer = answers[path.split('/').pop()!];
    expect(answer, `an answer for the question "${path}"`).toBeDefined();
    for (const label of typeof answer === 'string' ? [answer] : answer!) await page.getByLabel(label, { exact: true }).check();
    await next(page);
    await expect(page).not.toHaveURL(path);
  }
}
