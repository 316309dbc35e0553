import { expect, test } from '@playwright/test';
import { blockingViolations, builtPages, sitePages } from './support.ts';

/**
 * axe on the pages that site-pages.spec.ts does not open: that spec audits every page of the
 * sitemap and the 404 page in both themes; this one shows that nothing else is built, and
 * audits the short-link stubs that redirect.
 */

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
