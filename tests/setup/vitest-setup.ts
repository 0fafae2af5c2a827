import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer, mockStore } from '../../mocks/node';

// The mock practice backend in-process. An unhandled request is a test failure:
// the app must never call something the backend contract does not define.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mockServer.resetHandlers();
  mockStore.clock.set(null);
  mockStore.reset();
});
afterAll(() => mockServer.close());
