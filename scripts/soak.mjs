// `npm run soak`: the outbox's browser fault harness (tests/soak/outbox-faults.soak.ts),
// 1,000 seeded sequences of reloads, closed tabs, 5xx, timeouts, lost answers, flapping
// networks and app updates, against the built app (`npm run build` first). It prints the
// run seed and the figures (lost, duplicated, "sent" shown early); FAULT_SEED=<seed>
// replays a run, FAULT_SEQUENCES and FAULT_LANES change its size. `npm test` runs the
// quick seeded version in Node (tests/unit/device/outbox-faults.test.ts).
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const env = { ...process.env, FAULT_SEQUENCES: process.env.FAULT_SEQUENCES ?? '1000', FAULT_LANES: process.env.FAULT_LANES ?? '4' };
const result = spawnSync(npx, ['playwright', 'test', '--config', 'playwright.soak.config.ts'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
