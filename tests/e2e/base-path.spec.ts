import { expect, test, type Page } from '@playwright/test';
import { clipboard, editor, example, LOADING, openExample, readText, replaceText, useClipboard } from './editor-support.ts';
import { watchPage } from './support.ts';

/**
 * The site published in a folder, as GitHub Pages serves a project (https://<owner>.github.io/<repo>/):
 * pages, assets, aliases, the editors' links, share links and search all stay under the base.
 * Runs on dist-base/ with its own config: `npm run test:base-path`. Paths here are relative to
 * the base URL (no leading slash).
 */

useClipboard();

const basePath = (baseURL: string | undefined) => new URL(baseURL!).pathname;

/** Every same-origin URL the page links to or loads (links, styles, scripts, images). */
function pageUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement | HTMLScriptElement | HTMLImageElement>('a[href], link[href], script[src], img[src]')]
      .map((e) => ('href' in e ? e.href : e.src))
      .filter((url) => url.startsWith(location.origin)),
  );
}

test('a practice page loads under the base, and everything it links to or loads is there too', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  expect(base, 'the base-path build').not.toBe('/');
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('practices/multi-stage-builds/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multi-stage builds');
  const outside = (await pageUrls(page)).filter((url) => !new URL(url).pathname.startsWith(base));
  expect(outside, 'same-origin URLs outside the base').toEqual([]);

  // A link written in the page's MDX, and one from a component.
  await page.getByRole('link', { name: 'run them in CI' }).click();
  await expect(page).toHaveURL(`${baseURL}rules/#cli`);
  await page.goBack();
  await page.locator('.sl-markdown-content').getByRole('link', { name: 'run as a non-root user' }).first().click();
  await expect(page).toHaveURL(`${baseURL}practices/non-root-user/`);
  await page.waitForLoadState('networkidle');
  watch.assertClean();
});

test('the short aliases land on the practice page under the base', async ({ page, baseURL }) => {
  for (const alias of ['p/7/', 'p/signal-handling/']) {
    await page.goto(alias, { waitUntil: 'commit' });
    await expect(page, alias).toHaveURL(`${baseURL}practices/signal-handling/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signal handling and exec-form ENTRYPOINT');
  }
});

test('the playground runs under the base, and its scorecard and rule links stay there', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('playground/');
  const root = page.locator('[data-live-example="playground"]');
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  // Typing makes the browser render the scorecard and the problems again, with its own links.
  await replaceText(page, root.getByRole('textbox', { name: 'Dockerfile editor: Dockerfile' }), 'FROM alpine:latest\nADD app /app\n');
  const card = page.locator('[data-scorecard-list]');
  await expect(card).toContainText('latest-tag');
  await expect(card.getByRole('link', { name: '1. Multi-stage builds' })).toHaveAttribute('href', `${base}practices/multi-stage-builds/`);
  const ruleLinks = await root.locator('a.live-problem__rule').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(ruleLinks.length).toBeGreaterThan(0);
  for (const href of ruleLinks) expect(href).toMatch(new RegExp(`^${base}practices/[a-z-]+/#[a-z-]+$`));
  await page.waitForLoadState('networkidle');
  watch.assertClean();
});

test('a share link keeps the base, and opening it shows the shared text', async ({ page, browser, baseURL }) => {
  const id = 'copy-over-add-before-dockerfile';
  await page.goto('practices/copy-over-add/');
  const root = await openExample(page, id);
  const edited = example('dockerfiles/copy-over-add/before.Dockerfile').replace('ADD app.go ./', 'COPY app.go ./');
  await replaceText(page, editor(root), edited);
  await root.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(root.getByRole('status').filter({ hasText: 'Share link copied to the clipboard.' })).toBeVisible();
  const link = await clipboard(page);
  expect(link).toMatch(new RegExp(`^${baseURL}practices/copy-over-add/#share=`));

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const other = await context.newPage();
  await other.goto(link);
  const shared = await openExample(other, id);
  expect(await readText(other, shared)).toBe(edited);
  await context.close();
});

test('search loads its index from under the base and links results there', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  await page.goto('');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('distroless');
  await expect(dialog.locator(`a[href^="${base}practices/distroless-images/"]`).first()).toBeVisible();
});
