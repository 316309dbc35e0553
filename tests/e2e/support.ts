import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { expect, type Page } from '@playwright/test';
import { practices } from '../../src/data/practices.ts';

/** Every page of the built site, from the sitemap Starlight writes (paths with a trailing slash). */
export function sitePages(): string[] {
  let xml: string;
  try {
    xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  } catch {
    throw new Error('dist/sitemap-0.xml is missing: build the site first (npm run build), or run npm test.');
  }
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/**
 * Every HTML file of the built site, as the path that serves it (`/rules/`, `/404.html`), with
 * whether it is only a redirect (a `<meta http-equiv="refresh">` stub for an alias such as /p/1/).
 */
export function builtPages(): { path: string; redirect: boolean; html: string }[] {
  const dist = new URL('../../dist/', import.meta.url);
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(new URL(file, dist), 'utf8');
      return { path: `/${file.replace(/(^|\/)index\.html$/, '$1')}`, redirect: /<meta http-equiv="refresh"/i.test(html), html };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The practice pages, in the order of the practices list. */
export const practicePages = practices.map((p) => ({ ...p, path: `/practices/${p.slug}/` }));

/**
 * Records what a reader would notice going wrong while a page loads: console errors, uncaught
 * exceptions, and any request that leaves the site's own origin. `notFound` is a path that is
 * meant to answer 404, whose status the browser reports as a console error.
 */
export function watchPage(page: Page, origin: string, options: { notFound?: string } = {}) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The browser logs the 404 status of a page that is meant to answer 404 (options.notFound).
    const expected = options.notFound !== undefined && message.location().url === new URL(options.notFound, origin).href && /status of 404/.test(message.text());
    if (message.type() === 'error' && !expected) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) problems.push(`request to another host: ${request.url()}`);
  });
  return {
    assertClean() {
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}

/** The WCAG levels every axe audit on the site checks (issue 12): WCAG 2.0, 2.1 and 2.2, A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe rules whose outcome depends on the theme's colours: the markup is the same in both themes. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe's serious and critical violations, as readable lines: every rule of `axeTags`, or only
 * those of them named in `rules`, on the whole page or only inside the elements `include` selects.
 *
 * axe runs in the page itself (legacy mode): the default mode finishes each run in a second,
 * blank page, which took five times as long as the audit on these pages. Legacy mode skips
 * only cross-origin frames, and the site has no frames at all, which this checks first.
 */
export async function blockingViolations(page: Page, rules?: string[], include?: string): Promise<string[]> {
  expect(await page.locator('iframe, frame').count(), 'the page has frames, which axe in legacy mode would not audit').toBe(0);
  let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(axeTags);
  // withRules would replace the tags: keep them, and switch off the rest of their rules instead.
  if (rules) axe = axe.disableRules(axeCore.getRules(axeTags).map((r) => r.ruleId).filter((id) => !rules.includes(id)));
  if (include) axe = axe.include(include);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

