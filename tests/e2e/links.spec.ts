import { deflateRawSync } from 'node:zlib';
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
      // A "Try it" link's #share=… is the playground's state, not an element id.
      if (anchor && !anchor.startsWith('share=') && !ids.has(anchor)) broken.push(`${url.pathname}#${anchor}`);
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

test('a short link keeps its #anchor, and the section it names is outlined', async ({ page }) => {
  for (const link of ['/p/2/#root-user', '/p/non-root-user/#root-user', '/r/root-user/', '/r/DL3002/', '/r/dl3002/']) {
    await page.goto(link);
    await expect(page, link).toHaveURL(/\/practices\/non-root-user\/#root-user$/);
    const section = page.locator('section.practice-rule', { has: page.locator('#root-user') });
    await expect(section, `${link}: the rule's section is outlined`).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('section.practice-rule', { has: page.locator('#missing-user') })).toHaveCSS('outline-style', 'none');
  }
  // A peer rule that two of ours match: a page lists both, also when typed in lower case.
  await page.goto('/r/ckv_docker_7/');
  await expect(page).toHaveURL(/\/r\/CKV_DOCKER_7\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkov CKV_DOCKER_7: 2 rules');
  for (const rule of ['latest-tag', 'untagged-image']) await expect(page.getByRole('link', { name: rule, exact: true })).toBeVisible();
});

test('an unknown short link answers 404 with the eleven practices', async ({ page }) => {
  const response = await page.goto('/r/no-such-rule/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const practices = page.getByRole('list', { name: 'The eleven practices' }).getByRole('link');
  await expect(practices).toHaveCount(practicePages.length);
  await expect(practices.first()).toHaveText(practicePages[0]!.title);
});

test('Try it on /rules/ opens the playground on the rule\'s flagged example, its findings outlined', async ({ page }) => {
  await page.goto('/rules/');
  await page.getByRole('link', { name: 'Try it in the playground: latest-tag' }).click();
  await expect(page).toHaveURL(/\/playground\/\?rule=latest-tag#share=2\.playground\./);
  const root = page.locator('[data-live-example="playground"]');
  await expect(root).toHaveAttribute('data-live-state', 'live');
  await expect(root.getByRole('status').filter({ hasText: 'The rule latest-tag' })).toHaveText(/finds 1 problem, outlined below\./);
  const outlined = root.locator('.live-problem[data-focus-rule]');
  await expect(outlined).toHaveCount(1);
  await expect(outlined.getByRole('link', { name: 'latest-tag' })).toBeVisible();
  // Made by the same rules on the same texts: nothing to warn about.
  await expect(root.getByRole('alert')).toHaveCount(0);
});

/** A share link as another version of the site made it. */
function shareHash(id: string, payload: unknown): string {
  return `#share=2.${id}.${deflateRawSync(JSON.stringify(payload)).toString('base64url')}`;
}

test('a share link made by older rules says what they found then; one for a missing example says so', async ({ page }) => {
  const texts = ['FROM alpine:latest\n', ''];
  await page.goto(`/playground/${shareHash('playground', { texts, engine: '0.0.1', date: '2026-01-01', findings: [] })}`);
  const root = page.locator('[data-live-example="playground"]');
  await expect(root.getByRole('alert')).toContainText('made on 2026-01-01 by version 0.0.1 of the rules');
  await expect(root.getByRole('alert')).toContainText(/Found now, not then: .*latest-tag \(line 1\)/);

  await page.goto(`${practicePages[0]!.path}${shareHash('an-example-that-was-removed', { texts, engine: '0.0.1', date: '2026-01-01', findings: [] })}`);
  await expect(page.getByRole('status').filter({ hasText: 'an-example-that-was-removed' })).toContainText('this page no longer has');
});
