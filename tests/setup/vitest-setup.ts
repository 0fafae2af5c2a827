// Integration tests: matchers that read the page as a patient would (focus, accessible
// names, attributes), the mock practice backend, and a clean page after each test.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import './mock-backend';

afterEach(async () => {
  // Testing Library only cleans up by itself when test globals are on; they are not.
  if (typeof document !== 'undefined') (await import('@testing-library/react')).cleanup();
});
