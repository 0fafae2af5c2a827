import { requestBytes, type RequestBytes } from '../../scripts/bench/request-walk';
import { BENCH_MOMENT } from '../../scripts/bench/servers';
import { BUDGETS } from '../build/budgets';
import { expect, test } from './fixtures';

/*
 * Issue 17: what a patient pays in data for each request. A whole admin request on a
 * return visit (the patient has sent one before), counted over the wire from the
 * browser's own network events: request lines, headers and bodies both ways, from the
 * page and its service worker. Bytes, never time. The same walk as `npm run bench`.
 */
const total = (visit: RequestBytes['returnVisit']) => visit.received + visit.sent;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

test('a whole request on a return visit costs at most 6 KiB over the wire, in normal mode and in lite mode', async ({ browser, baseURL, request }) => {
  test.slow(); // four whole requests, two with a worker keeping the whole app
  expect((await request.post('/__test/clock', { data: { now: BENCH_MOMENT } })).ok()).toBe(true);
  const normal = await requestBytes(browser, baseURL!, { lite: false });
  const lite = await requestBytes(browser, baseURL!, { lite: true });
  const where = (bytes: RequestBytes) => bytes.returnVisit.largest.map((l) => `${l.url} ${kib(l.bytes)}`).join('; ');

  expect(total(normal.returnVisit), `normal mode: ${where(normal)}`).toBeLessThanOrEqual(BUDGETS.requestReturnVisit);
  expect(total(lite.returnVisit), `lite mode: ${where(lite)}`).toBeLessThanOrEqual(BUDGETS.requestReturnVisit);
  // Lite mode's saving: the first visit downloads what that request opened, not the whole
  // app (measured 5 Dec 2026: 249 KiB against 504 KiB).
  expect(total(lite.firstVisit)).toBeLessThan(total(normal.firstVisit) * 0.6);
});
