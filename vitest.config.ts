import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { catalogueNamespaces, catalogueVersion } from './scripts/vite-catalogues.ts';

export default defineConfig({
  plugins: [react()],
  // The same build constants as vite.config.ts, so modules that read them load in tests.
  define: {
    __CATALOGUE_VERSION__: JSON.stringify(catalogueVersion()),
    __CATALOGUE_NAMESPACES__: JSON.stringify(catalogueNamespaces()),
  },
  test: {
    environment: 'node',
    restoreMocks: true,
    // Pure tests load no mock backend (MSW took a third of the triage tests' time); a unit
    // test of code that fetches imports tests/setup/mock-backend.ts itself.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts', 'tests/contract/**/*.test.ts'] } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.{ts,tsx}'], setupFiles: ['tests/setup/vitest-setup.ts'] } },
    ],
    testTimeout: 20_000,
    // Vitest runs CPUs - 1 workers by default: one, on CI's two cores. The main process is
    // idle while files run, so two workers use both cores (about half the wall time).
    maxWorkers: 2,
  },
});
