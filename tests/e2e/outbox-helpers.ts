import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { RequestDraft } from '../../src/domain/request/draft';
import { completeDraft } from '../unit/request/fixtures';
import { received } from './request-helpers';
import { expectPageDrawn } from './fixtures';

/**
 * Helpers for the outbox's browser tests: a whole request put on the device as a draft
 * (as if typed, without typing it each time), and what the practice stored for it.
 */

export const DEVICE_DB = 'front-door-device';

/** A complete admin request for Ada with its own id and a description no other request has. */
export function draftForTest(): RequestDraft {
  const id = randomUUID();
  return { ...completeDraft(), id, description: `I need a fit note, request ${id.slice(0, 8)}.` };
}

/**
 * Opens the request journey (the app creates its database), makes `draft` the one draft
 * on the device, and opens Check your answers.
 */
export async function openCheckWithDraft(page: Page, draft: RequestDraft) {
  const hasDatabase = () => page.evaluate(async (name) => (await indexedDB.databases()).some((d) => d.name === name), DEVICE_DB).catch(() => false);
  // A page of the app that has made its database already (the fault harness's next
  // sequence) can write the draft straight away: one page load fewer.
  if (!page.url().startsWith('http') || !(await hasDatabase())) {
    await page.goto('/Y99001/request');
    await expectPageDrawn(page);
    await expect.poll(hasDatabase).toBe(true);
    // The worker is active before the page is left: one that activates while the next page
    // is still loading cannot claim it, and that page would stay without a worker until the
    // one after (the likely cause of a lite-mode journey failing once on CI; a patient only
    // loses offline for that one page).
    await page.evaluate(() => navigator.serviceWorker.ready);
  }
  await page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const transaction = open.result.transaction('drafts', 'readwrite');
          transaction.objectStore('drafts').clear();
          transaction.objectStore('drafts').put(value);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onabort = () => reject(transaction.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [DEVICE_DB, draft] as const,
  );
  await page.goto('/Y99001/request/check');
  await expect(page.getByTestId('check-description')).toHaveText(draft.description);
}

/** How many requests the practice stored with this id, and with this request's own words under any id. */
export async function storedCopies(request: APIRequestContext, draft: RequestDraft) {
  const { requests } = await received(request);
  return {
    byId: requests.filter((r) => r.id === draft.id).length,
    byWords: requests.filter((r) => JSON.stringify(r.resources).includes(draft.description)).length,
    reference: requests.find((r) => r.id === draft.id)?.reference ?? null,
  };
}

/** What this device holds for the request: its outbox entry's status and its draft (submitted or not). */
export async function onDevice(page: Page, id: string) {
  return page.evaluate(
    ([name, key]) =>
      new Promise<{ outbox: string | null; draft: 'none' | 'open' | 'submitted'; description: string | null }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          const transaction = open.result.transaction(['outbox', 'drafts']);
          const entry = transaction.objectStore('outbox').get(key);
          const draft = transaction.objectStore('drafts').get(key);
          transaction.oncomplete = () => {
            open.result.close();
            const saved = draft.result as { submittedAt?: string; description: string } | undefined;
            resolve({
              outbox: (entry.result as { status: string } | undefined)?.status ?? null,
              draft: saved ? (saved.submittedAt ? 'submitted' : 'open') : 'none',
              description: saved?.description ?? null,
            });
          };
        };
        open.onerror = () => reject(open.error);
      }),
    [DEVICE_DB, id] as const,
  );
}
