import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, by place, run in this order by `npm test`: unit (pure functions, schemas, fixtures),
 * components (.astro components rendered from named example props, test/components/vitest.config.ts)
 * and e2e (real Chromium against built sites).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      'test/components/vitest.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
