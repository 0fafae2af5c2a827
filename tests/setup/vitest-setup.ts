// Matchers that read the page as a patient would (focus, accessible names, attributes).
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockServer, mockStore } from '../../mocks/node';

// The mock practice backend in-process. An unhandled request is a test failure:
// the app must never call something the backend contract does not define.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  mockServer.resetHandlers();
  mockStore.clock.set(null);
  mockStore.reset();
  // Testing Library only cleans up by itself when test globals are on; they are not.
  if (typeof document !== 'undefined') (await import('@testing-library/react')).cleanup();
});
afterAll(() => mockServer.close());
