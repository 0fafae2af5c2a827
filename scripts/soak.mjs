// `npm run soak`: the long runs that do not belong in `npm test`, against the built app
// (`npm run build` first):
// - the outbox's browser fault harness (tests/e2e/outbox-faults.spec.ts): 1,000 seeded
//   sequences of reloads, closed tabs, 5xx, timeouts, lost answers, flapping networks and
//   app updates. It prints the run seed and the figures (lost, duplicated, "sent" shown
//   early); FAULT_SEED=<seed> replays a run, FAULT_SEQUENCES and FAULT_LANES change its size;
// - tests/e2e/outbox.spec.ts with each reload and tab-close timing tried 10 times.
// `npm test` runs 50 of the same browser sequences (tests/e2e/outbox-faults.spec.ts) and
// 60 seeded sequences in Node (tests/unit/device/outbox-faults.test.ts).
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args, env) => spawnSync(npx, ['playwright', 'test', ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const faults = run(['tests/e2e/outbox-faults.spec.ts'], {
  FAULT_SEQUENCES: process.env.FAULT_SEQUENCES ?? '1000',
  FAULT_LANES: process.env.FAULT_LANES ?? '4',
  E2E_OUTPUT: 'test-results/soak',
  E2E_REPORT: 'test-results/soak.json',
});
const timings = run(['tests/e2e/outbox.spec.ts'], { OUTBOX_REPEATS: process.env.OUTBOX_REPEATS ?? '10' });
process.exit(faults || timings);
