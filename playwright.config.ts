import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium.mjs';

const port = Number(process.env.LESSONBOOK_PORT ?? 4399);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Tests that visit every page of a built handbook grow with its pages (part pages, embeds): a
  // 30 s default fails them on a busy 2-core machine while they pass.
  timeout: 120_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '.lessonbook/results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    // Debian's Chromium (test tools cannot download their own browser here), with the flags
    // that keep its start-up off the closed network.
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  webServer: {
    // The real built site (npm test builds it first), served as a static host would.
    command: `node e2e/support/serve-cli.ts dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
