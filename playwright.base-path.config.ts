import { defineConfig } from '@playwright/test';
import { siteFromSitemap } from './scripts/check-links.ts';
import config from './playwright.config.ts';

/**
 * The site built under a base path (`npm run build:base-path` writes dist-base/, as GitHub Pages
 * serves a project at https://<owner>.github.io/<repo>/), served by `astro preview` under that
 * base. Only tests/e2e/base-path.spec.ts runs here; the base comes from the build's sitemap, so
 * it is written down once, in package.json. It has a port and a results folder of its own, so
 * that its results do not clear the main run's (astro preview still serves one build at a time).
 */
const PORT = Number(process.env.E2E_BASE_PORT ?? 4330);
const base = new URL(siteFromSitemap('dist-base')).pathname;

export default defineConfig({
  ...config,
  testIgnore: undefined,
  testMatch: 'base-path.spec.ts',
  outputDir: 'test-results/base-path',
  use: { ...config.use, baseURL: `http://127.0.0.1:${PORT}${base}` },
  webServer: {
    command: `npx astro preview --outDir dist-base --host 127.0.0.1 --port ${PORT}`,
    env: { BASE_PATH: base },
    url: `http://127.0.0.1:${PORT}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
