import { test } from './fixtures';
import { expectNothingLostUnderFaults } from './fault-harness';

/**
 * Issue 18, "Must show": the outbox under random faults, in `npm test`. 50 seeded
 * sequences, a new run seed each run (printed; FAULT_SEED=<seed> replays it): 0 lost,
 * 0 duplicated, 0 "sent" before the practice stored it. `npm run soak` runs this file
 * with FAULT_SEQUENCES=1000 (scripts/soak.mjs). One lane: on two cores Chromium is the
 * bottleneck, and more lanes only share it (FAULT_LANES on a bigger machine).
 */
const SEQUENCES = Number(process.env.FAULT_SEQUENCES ?? 50);
const LANES = Number(process.env.FAULT_LANES ?? 1);

test('the outbox under random faults: 0 lost, 0 duplicated, 0 "sent" before the practice stored it', async ({ browser, baseURL, request }) => {
  test.setTimeout(60_000 + SEQUENCES * 15_000);
  await expectNothingLostUnderFaults({ browser, baseURL, request }, { sequences: SEQUENCES, lanes: LANES });
});
