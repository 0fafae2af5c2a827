import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
