/**
 * mulberry32: a small seeded generator, good enough to draw test plans from a seed, so a
 * failing fault sequence replays exactly from the seed it printed.
 */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
  };
}

/** The seed of this run: FAULT_SEED replays one, otherwise a new one each run. */
export function runSeed(): number {
  const given = Number(process.env.FAULT_SEED);
  return Number.isInteger(given) && given >= 0 ? given : Math.floor(Math.random() * 2 ** 31);
}
