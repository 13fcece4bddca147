import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure lib/ code in Node (jsdom supplies the DOM), with WXT's fake `browser` for i18n.
        plugins: [WxtVitest()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', globalSetup: ['tests/unit/global-setup.ts'] },
      },
      {
        // The built extension in real headless Chromium; one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A real browser on a busy 2-core machine can take more than the default second to re-render a
          // filtered list (CI once saw a search miss it); polls still fail when the page never gets there.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
