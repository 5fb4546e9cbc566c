import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { CHROMIUM_LAUNCH } from './test/support/chromium.mjs'

export default defineConfig({
  test: {
    projects: [
      {
        extends: false,
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // Lets a failing random fuzz seed be replayed: FC_SEED=<seed> npm test.
            miniflare: { bindings: { FC_SEED: process.env.FC_SEED ?? '' } },
          }),
        ],
        test: {
          name: 'worker',
          include: [
            'test/core/**/*.test.ts',
            'test/worker/**/*.test.ts',
            'test/data/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
            'test/corpus/**/*.test.ts',
          ],
        },
      },
      {
        // Pre-bundled up front: dependencies vite discovers mid-run make it reload the page and lose a test file.
        optimizeDeps: { include: ['lit', '@lit/task'] },
        test: {
          name: 'widget',
          include: ['test/widget/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: CHROMIUM_LAUNCH }),
            instances: [{ browser: 'chromium' }],
            // Lets widget tests flip prefers-color-scheme to check theme="auto".
            commands: {
              emulateColorScheme: async (ctx, scheme: 'light' | 'dark') => {
                if (ctx.provider.name === 'playwright')
                  await (ctx as unknown as { page: { emulateMedia(o: object): Promise<void> } }).page.emulateMedia({ colorScheme: scheme })
              },
            },
          },
        },
      },
      {
        // Plain Node: checks that measure time (workerd's clock stands still during synchronous code), the CLI run as
        // a child process, and the deploy configuration (workflows, wrangler.toml).
        extends: false,
        test: {
          name: 'node',
          include: ['test/node/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/deploy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        // Node side: starts the real Worker and drives Chromium against it from another origin.
        extends: false,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 50_000 },
      },
    ],
  },
})
