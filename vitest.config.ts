import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: everything under tests/unit. WxtVitest gives the extension code its fake browser
// and auto-imports; lib/ tests do not use them.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    css: true,
    testTimeout: 20_000,
  },
});
