// The mock practice backend in-process (MSW), for a test file that calls the API.
// An unhandled request is a test failure: the app must never call something the backend
// contract does not define. Integration tests get it from vitest-setup.ts; a unit test of
// code that fetches imports this file itself, so pure tests do not pay for MSW.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer, mockStore } from '../../mocks/node';

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mockServer.resetHandlers();
  mockStore.clock.set(null);
  mockStore.reset();
});
afterAll(() => mockServer.close());
