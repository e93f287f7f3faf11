import { defineConfig } from 'vitest/config';

// Real-browser tests: built widget and extension in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A state the page reaches "soon" (a count after typing, a row after a refresh) may take
    // seconds on a slow, busy machine: vitest's one-second default made such waits flaky.
    expect: { poll: { timeout: 10_000 } },
  },
});
