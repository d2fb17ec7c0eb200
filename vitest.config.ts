import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real-browser PDF tests start Chromium once per file; 2-core CI machines are slow to launch it.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
