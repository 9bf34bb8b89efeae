import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e cases spawn node processes; keep the 2-core machine from oversubscribing.
    pool: 'forks',
    testTimeout: 60_000,
  },
});
