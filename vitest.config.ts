import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, by place: unit (pure functions, schemas, fixtures), components (Astro components
 * rendered with the container API, which needs Astro's Vite config) and e2e (real Chromium against built sites).
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
      {
        extends: false,
        ...(await getViteConfig({})({ mode: 'test', command: 'serve' })),
        test: {
          name: 'components',
          include: ['test/components/**/*.test.ts'],
          environment: 'node',
        },
      },
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
