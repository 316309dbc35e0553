import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/preview.ts';

/**
 * End-to-end tests run a real Chromium against the built site (`npm run build` first).
 * This machine cannot download Playwright's browsers, so a system Chromium is used when one
 * exists: $CHROMIUM_PATH, then Debian's /usr/bin/chromium. Elsewhere (a laptop with
 * `npx playwright install chromium`) Playwright's own browser is used.
 */
const systemChromium = chromiumPath();

const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './tests/e2e',
  // Runs against the build under a base path, with its own config (playwright.base-path.config.ts).
  testIgnore: 'base-path.spec.ts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list']],
  timeout: 60_000,
  // The machines are shared and noisy: allow slow steps, but never assert on timing.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // Without these, Chromium reaches out to Google's hosts at start-up; on a closed
      // network those connections fail noisily.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
