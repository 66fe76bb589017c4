import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure code, fixtures, content and fidelity tests),
// `e2e` (the built site in headless Chromium; run after `npm run build`) and
// `scale` (`npm run test:scale`, last in `npm test`: builds two synthetic corpora,
// 60 and 240 plans, and compares their largest pages; about 2 minutes on an idle
// 2-core machine; it also reads the real build's dist/index.html).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some unit tests load and render every plan (and read Git history):
          // seconds, not milliseconds, on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time on the 2-core CI machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60 * 60_000,
        },
      },
    ],
  },
});
