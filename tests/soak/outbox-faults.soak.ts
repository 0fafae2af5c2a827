import { test } from '../e2e/fixtures';
import { expectNothingLostUnderFaults } from '../e2e/fault-harness';

/**
 * Issue 18: the outbox's fault harness in the browser, 1,000 sequences in `npm run soak`
 * (`npm test` runs 50: tests/e2e/outbox-faults.spec.ts). FAULT_SEQUENCES and FAULT_LANES
 * change its size; FAULT_SEED=<seed> replays a run.
 */
const SEQUENCES = Number(process.env.FAULT_SEQUENCES ?? 1000);
const LANES = Number(process.env.FAULT_LANES ?? 3);

test('the outbox under random faults: 0 lost, 0 duplicated, 0 "sent" before the practice stored it', async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000 + SEQUENCES * 15_000);
  await expectNothingLostUnderFaults({ browser, baseURL, request }, { sequences: SEQUENCES, lanes: LANES });
});
