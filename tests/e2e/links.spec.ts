import { expect, test, type APIRequestContext } from '@playwright/test';
import { practicePages, sitePages, watchPage } from './support.ts';

/**
 * Reviewers paste these links into code reviews, so they must keep working: every practice
 * URL, its short aliases, and every anchor that the site itself links to.
 */

for (const practice of practicePages) {
  for (const alias of [`/p/${practice.n}/`, `/p/${practice.slug}/`]) {
    test(`${alias} leads to ${practice.path}`, async ({ page }) => {
      await page.goto(alias);
      await expect(page).toHaveURL(new RegExp(`${practice.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.title);
    });
  }
}

const htmlCache = new Map<string, Promise<string>>();
function fetchHtml(request: APIRequestContext, path: string): Promise<string> {
  let html = htmlCache.get(path);
  if (!html) {
    html = request.get(path).then(async (response) => {
      expect(response.status(), `${path} answers`).toBe(200);
      return response.text();
    });
    htmlCache.set(path, html);
  }
  return html;
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

for (const path of sitePages()) {
  test(`${path}: loads cleanly, every heading has an anchor link, every link resolves`, async ({ page, request, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.goto(path);

    for (const heading of await page.locator('.sl-markdown-content :is(h2, h3, h4)').all()) {
      const id = await heading.getAttribute('id');
      expect(id, `heading "${await heading.textContent()}" has an id`).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      await expect(page.locator(`a.sl-anchor-link[href="#${id}"]`)).toHaveCount(1);
    }

    const hrefs = await page.locator('a[href]').evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
    );
    const broken: string[] = [];
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.pathname.startsWith('/_astro/') || url.pathname.startsWith('/pagefind/')) continue;
      const html = await fetchHtml(request, url.pathname);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids(html).has(anchor)) broken.push(`${url.pathname}#${anchor}`);
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
