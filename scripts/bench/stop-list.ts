/**
 * Everything the bench starts (servers, browsers, Lighthouse) registers how to stop it
 * here, so an error, a failed assertion or Ctrl-C still leaves nothing running.
 */
type Stop = () => Promise<void> | void;
const stops: Stop[] = [];

export function whenStopping(stop: Stop): void {
  stops.push(stop);
}

/** Stops everything, newest first; one that fails does not keep the others running. */
export async function stopEverything(): Promise<void> {
  while (stops.length > 0) {
    const stop = stops.pop()!;
    try {
      await stop();
    } catch (error) {
      console.error(`Could not stop something the bench started: ${(error as Error).message}`);
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopEverything().finally(() => process.exit(130));
  });
}
