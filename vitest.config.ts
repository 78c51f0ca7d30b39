import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // One private engine serves every engine and end-to-end test; start it once.
    globalSetup: ['test/support/global-engine.ts'],
    // Engine and end-to-end tests share that engine and a 2-core machine: run files one
    // at a time so their timing stays honest.
    fileParallelism: false,
    testTimeout: 30_000,
    // UI tests find the cursor by its inverse video: let chalk colour without a TTY.
    env: { FORCE_COLOR: '1' },
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
