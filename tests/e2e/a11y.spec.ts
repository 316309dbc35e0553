import { expect, test, type Page } from '@playwright/test';
import { blockingViolations, builtPages, colourRules, sitePages } from './support.ts';

/**
 * axe, with the WCAG 2.0/2.1/2.2 A and AA tags (support.ts: axeTags), on every page of the built
 * site and on the 404 page, in the light and the dark theme. The theme is Starlight's stored
 * choice (localStorage "starlight-theme"), set against the browser's preference so the test
 * shows that the stored choice wins. The markup is the same in both themes, so the second theme
 * runs only the rules that depend on colours.
 */

/** The 404 page is what the server answers for a URL that matches no page. */
const UNKNOWN = '/no-such-page/';

async function open(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(path === UNKNOWN ? 404 : 200);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

test('the audit covers every HTML page of the build: the sitemap, the 404 page and the alias redirects', () => {
  const audited = new Set(sitePages());
  const missed = builtPages().filter((p) => !audited.has(p.path) && p.path !== '/404.html' && !p.redirect);
  expect(missed.map((p) => p.path)).toEqual([]);
  expect(builtPages().map((p) => p.path)).toContain('/404.html');
  expect(builtPages().filter((p) => p.redirect).length, 'the /p/ short links').toBeGreaterThan(0);
});

/**
 * The short-link stubs are one template filled with a target: their markup is the same once the
 * target's path, URL and title are taken out. axe audits one stub of each distinct markup, so a
 * stub that differs (another template, another element) is audited too, not assumed.
 */
function redirectTemplates(): Map<string, string> {
  const byMarkup = new Map<string, string>();
  for (const { path, html } of builtPages().filter((p) => p.redirect)) {
    const target = /<meta http-equiv="refresh" content="0;\s*url=([^"]+)"/i.exec(html)?.[1] ?? '';
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const page = title.replace(/ \| Dockerfile practices$/, '');
    let markup = html;
    for (const part of [target, title, page].filter(Boolean).sort((a, b) => b.length - a.length)) markup = markup.split(part).join('\u0000');
    // The stub's script differs by its target's page, and so does the CSP hash that allows it.
    markup = markup
      .replace(/https?:\/\/[^"]*\u0000/g, '\u0000')
      .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256'")
      .replace(/\/practices\/[a-z-]+\//g, '/practices/\u0001/');
    if (!byMarkup.has(markup)) byMarkup.set(markup, path);
  }
  return byMarkup;
}

test('the short-link pages that redirect have no serious or critical axe violations either', async ({ page }) => {
  // Audited as served, less the refresh and the script that keeps the #anchor, so that the page stays long enough to be read.
  await page.route(/\/[pr]\/[^/]+\/$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '').replace(/<script>location\.replace\([^<]*<\/script>/, '');
    await route.fulfill({ response, body });
  });
  const templates = [...redirectTemplates().values()];
  expect(templates.length, 'the stubs share a template').toBeGreaterThan(0);
  for (const path of templates) {
    expect((await page.goto(path))?.status(), `${path} answers`).toBe(200);
    const violations = await blockingViolations(page);
    expect(violations, `${path}:\n${violations.join('\n')}`).toEqual([]);
  }
});

for (const path of [...sitePages(), UNKNOWN]) {
  const name = path === UNKNOWN ? 'the 404 page' : path;
  test(`${name} has no serious or critical axe violations, in the light and the dark theme`, async ({ page }) => {
    test.slow(); // axe on a long page of highlighted code takes a while on a busy machine
    await open(page, path, 'light');
    const light = await blockingViolations(page);
    expect(light, `light theme:\n${light.join('\n')}`).toEqual([]);

    await open(page, path, 'dark');
    const dark = await blockingViolations(page, colourRules);
    expect(dark, `dark theme:\n${dark.join('\n')}`).toEqual([]);
  });
}
