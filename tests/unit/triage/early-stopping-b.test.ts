import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectStoppingChangesNothing, questionnairesOfPart, RUNS, walksFor } from './early-stopping-walks';

/** Stopping early never changes the outcome: part 2 of 3 of the questionnaires (early-stopping-walks.ts says why). */
describe.each(questionnairesOfPart(1))('early stopping: %s', (id) => {
  it(`stopping where the app stops gives the same outcome as answering everything (${RUNS} answer sets)`, () => {
    fc.assert(fc.property(walksFor(id), (w) => expectStoppingChangesNothing(w)), { numRuns: RUNS });
  });
});
