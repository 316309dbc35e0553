import { deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { practicePages } from './support.ts';

/**
 * Reviewers paste these links into code reviews, so they must keep working: every practice
 * URL and its short aliases, rule links, and share links (site-pages.spec.ts checks every link
 * and #anchor that the site itself has).
 */

/** What a short-link stub names as its target: the refresh, the script that keeps the #anchor, the canonical URL. */
function stubTargets(html: string): { refresh?: string; script?: string; canonical?: string; link?: string } {
  return {
    refresh: /<meta http-equiv="refresh" content="0;\s*url=([^"]+)"/i.exec(html)?.[1],
    script: /location\.replace\(location\.hash\.length>1\?"([^"]+)"\+location\.hash:"([^"]+)"\)/.exec(html)?.slice(1).join(' '),
    canonical: /<link rel="canonical" href="https?:\/\/[^/"]+([^"]*)"/.exec(html)?.[1],
    link: /<a href="([^"]+)">/.exec(html)?.[1],
  };
}

test('every /p/<n>/ and /p/<slug>/ short link leads to its practice page, with the page\'s title', async ({ page, request }) => {
  // Served as written: the stubs of all practices. The browser leg below and the #anchor test
  // show that a reader who follows one lands on the page.
  for (const practice of practicePages) {
    for (const alias of [`/p/${practice.n}/`, `/p/${practice.slug}/`]) {
      const response = await request.get(alias);
      expect(response.status(), `${alias} answers`).toBe(200);
      const html = await response.text();
      expect(stubTargets(html), `${alias} leads to ${practice.path}`).toEqual({
        refresh: practice.path,
        script: `${practice.path} ${practice.path}`,
        canonical: practice.path,
        link: practice.path,
      });
      expect(html, `${alias} is titled with the practice`).toContain(`<title>${practice.title} | Dockerfile practices</title>`);
    }
  }
  const last = practicePages.at(-1)!;
  for (const alias of [`/p/${last.n}/`, `/p/${last.slug}/`]) {
    await page.goto(alias, { waitUntil: 'commit' });
    await expect(page, `${alias} leads to ${last.path}`).toHaveURL(new RegExp(`${last.path}$`));
    await expect(page.getByRole('heading', { level: 1 }), `${alias}: the page's title`).toHaveText(last.title);
  }
});

test('the link control beside a heading copies the section link and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const practice = practicePages[0]!;
  await page.goto(practice.path);
  const heading = page.getByRole('heading', { level: 2, name: 'Why it matters' });
  // The announcement is cleared after a few seconds: record what the live region says, so that a
  // slow machine cannot miss it between two looks.
  const status = page.locator('[data-copy-link-status]');
  await expect(status).toHaveRole('status');
  await status.evaluate((region) => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await heading.hover();
  await page.locator('a.sl-anchor-link[href="#why-it-matters"]').click();
  await expect(page).toHaveURL(new RegExp(`${practice.path}#why-it-matters$`));
  await expect.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said)).toContain('Link copied');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(baseURL!).origin}${practice.path}#why-it-matters`);
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
