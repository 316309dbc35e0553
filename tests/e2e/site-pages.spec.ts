import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { blockingViolations, colourRules, sitePages, watchPage } from './support.ts';

/**
 * Every page of the built site and the 404 page, opened once each as a reader would: it loads
 * cleanly (no console error, no uncaught exception, nothing from another host), every heading has
 * an anchor link, every link into the site resolves (page and #anchor, since reviewers paste them),
 * and axe, with the WCAG 2.0/2.1/2.2 A and AA tags (support.ts: axeTags), finds no serious or
 * critical violation in the light and the dark theme.
 *
 * The page opens in the light theme stored as Starlight's choice (localStorage "starlight-theme")
 * against a dark preference of the browser, which shows that the stored choice wins. The reader
 * then picks the dark theme in the header; the markup is the same, so the second audit runs only
 * the rules that depend on colours.
 */

/** The 404 page is what the server answers for a URL that matches no page. */
const UNKNOWN = '/no-such-page/';

/** The element ids of a page of the site, fetched once per test worker. */
const idCache = new Map<string, Promise<Set<string>>>();
function pageIds(request: APIRequestContext, path: string): Promise<Set<string>> {
  let ids = idCache.get(path);
  if (!ids) {
    ids = request.get(path).then(async (response) => {
      expect(response.status(), `${path} answers`).toBe(200);
      return new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    });
    idCache.set(path, ids);
  }
  return ids;
}

async function checkHeadings(page: Page): Promise<void> {
  // The headings and their anchor links are in the HTML as served: read them in one go.
  const headings = await page.locator('.sl-markdown-content :is(h2, h3, h4)').evaluateAll((elements) =>
    elements.map((h) => ({ id: h.id, text: h.textContent ?? '', links: document.querySelectorAll(`a.sl-anchor-link[href="#${CSS.escape(h.id)}"]`).length })),
  );
  for (const heading of headings) {
    expect(heading.id, `heading "${heading.text}" has an id`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(heading.links, `heading "${heading.text}" has one anchor link`).toBe(1);
  }
}

async function brokenLinks(page: Page, request: APIRequestContext): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
  );
  // A link within the page (the 404 page's skip link) resolves against the page as served to the reader.
  const here = new URL(page.url()).pathname;
  const ownIds = new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id)));
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/')) continue;
    const ids = url.pathname === here ? ownIds : await pageIds(request, url.pathname);
    const anchor = decodeURIComponent(url.hash.slice(1));
    // A "Try it" link's #share=… is the playground's state, not an element id.
    if (anchor && !anchor.startsWith('share=') && !ids.has(anchor)) broken.push(`${url.pathname}#${anchor}`);
  }
  return broken;
}

for (const path of [...sitePages(), UNKNOWN]) {
  const name = path === UNKNOWN ? 'the 404 page' : path;
  test(`${name}: loads cleanly, its headings and links resolve, and axe finds no serious or critical violation in either theme`, async ({ page, request, baseURL }) => {
    test.slow(); // axe on a long page of highlighted code takes a while on a busy machine
    const watch = watchPage(page, new URL(baseURL!).origin, path === UNKNOWN ? { notFound: UNKNOWN } : {});
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(path === UNKNOWN ? 404 : 200);
    await expect(page.locator('html'), 'the stored choice wins over the preference').toHaveAttribute('data-theme', 'light');

    await checkHeadings(page);
    // Code blocks' stylesheet: once, from the head, so it holds back no part of the page after it.
    const codeCss = await page.locator('link[rel="stylesheet"][href*="/_astro/ec."]').evaluateAll((links) => links.map((l) => (l.closest('head') ? 'head' : 'body')));
    expect(codeCss.filter((where) => where === 'head').length, 'the code-block stylesheet, in the head').toBe(codeCss.length > 0 ? 1 : 0);
    expect(codeCss.length, 'the code-block stylesheet, once').toBeLessThanOrEqual(1);
    expect(await brokenLinks(page, request), `links on ${name} to pages or anchors that do not exist`).toEqual([]);
    await page.waitForLoadState('networkidle');
    watch.assertClean();

    const light = await blockingViolations(page);
    expect(light, `light theme:\n${light.join('\n')}`).toEqual([]);

    await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await blockingViolations(page, colourRules);
    expect(dark, `dark theme:\n${dark.join('\n')}`).toEqual([]);
    watch.assertClean();
  });
}
