import { expect, test, type APIRequestContext } from '@playwright/test';
import { practicePages, sitePages, watchPage } from './support.ts';

/**
 * Reviewers paste these links into code reviews, so they must keep working: every practice
 * URL, its short aliases, and every anchor that the site itself links to.
 */

for (const practice of practicePages) {
  test(`/p/${practice.n}/ and /p/${practice.slug}/ lead to ${practice.path}`, async ({ page }) => {
    for (const alias of [`/p/${practice.n}/`, `/p/${practice.slug}/`]) {
      // Only the redirect and the title matter here, not the rest of the page loading.
      await page.goto(alias, { waitUntil: 'commit' });
      await expect(page, `${alias} leads to ${practice.path}`).toHaveURL(new RegExp(`${practice.path}$`));
      await expect(page.getByRole('heading', { level: 1 }), `${alias}: the page's title`).toHaveText(practice.title);
    }
  });
}

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

for (const path of sitePages()) {
  test(`${path}: loads cleanly, every heading has an anchor link, every link resolves`, async ({ page, request, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path);

    // The headings and their anchor links are in the HTML as served: read them in one go.
    const headings = await page.locator('.sl-markdown-content :is(h2, h3, h4)').evaluateAll((elements) =>
      elements.map((h) => ({ id: h.id, text: h.textContent ?? '', links: document.querySelectorAll(`a.sl-anchor-link[href="#${CSS.escape(h.id)}"]`).length })),
    );
    for (const heading of headings) {
      expect(heading.id, `heading "${heading.text}" has an id`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(heading.links, `heading "${heading.text}" has one anchor link`).toBe(1);
    }

    const hrefs = await page.locator('a[href]').evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
    );
    const broken: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/')) continue;
      const ids = await pageIds(request, url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.has(anchor)) broken.push(`${url.pathname}#${anchor}`);
    }
    expect(broken, `links on ${path} to anchors that do not exist`).toEqual([]);

    await page.waitForLoadState('networkidle');
    watch.assertClean();
  });
}

test('the link control beside a heading copies the section link and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const practice = practicePages[0]!;
  await page.goto(practice.path);
  const heading = page.getByRole('heading', { level: 2, name: 'Why it matters' });
  await heading.hover();
  await page.locator('a.sl-anchor-link[href="#why-it-matters"]').click();
  await expect(page).toHaveURL(new RegExp(`${practice.path}#why-it-matters$`));
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}${practice.path}#why-it-matters`);
});
