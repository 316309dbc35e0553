import { deflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clipboard, editor, example, LOADING, openExample as openAt, readText, replaceText, useClipboard } from './editor-support.ts';

/**
 * Reset, Copy, Share, Copy for review, and drafts. Share links hold the content in the URL's
 * hash; opening one shows that content in that editor, and a damaged or oversized one shows
 * the original example with a visible message.
 */

const PAGE = '/practices/copy-over-add/';
const ID = 'copy-over-add-before-dockerfile';
const original = example('dockerfiles/copy-over-add/before.Dockerfile');

useClipboard();

function openExample(page: Page, id = ID): Promise<Locator> {
  return openAt(page, id);
}

async function share(page: Page, root: Locator): Promise<string> {
  await root.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(root.getByRole('status').filter({ hasText: 'Share link copied to the clipboard.' })).toBeVisible();
  const link = await clipboard(page);
  expect(link).toBe(page.url());
  return link;
}

/** 64 KB of Dockerfile-like text with quotes, brackets, backticks, tabs and non-ASCII. */
function bigText(): string {
  let text = '';
  for (let i = 0; text.length < 64 * 1024; i++) {
    text += `RUN echo "${i} ü 🚀 [${(i * 7919) % 1000}] {x}" \\\n\t&& true # ${'`'.repeat(i % 5)} ${((i * 104729) % 99991).toString(36)}\n`;
  }
  return text;
}

test('Share puts the content in the link; opening it shows that content in that editor', async ({ page, browser }) => {
  await page.goto(PAGE);
  const root = await openExample(page);
  const edited = original.replace('ADD app.go ./', '# <script>alert(1)</script><img src=x onerror=alert(2)>\nCOPY app.go ./');
  await replaceText(page, editor(root), edited);
  await expect(root.locator('[data-live-summary]')).toHaveText('2 warnings');
  const link = await share(page, root);
  expect(new URL(link).hash).toMatch(/^#share=2\.copy-over-add-before-dockerfile\.[A-Za-z0-9_-]+$/);

  // A reader who opens the link (a fresh browser, no draft) sees the shared content, as text.
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const other = await context.newPage();
  let dialogs = 0;
  other.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await other.goto(link);
  const shared = other.locator(`[data-live-example="${ID}"]`);
  await expect(shared).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(shared).toBeInViewport();
  await expect(shared.locator('[data-live-summary]')).toHaveText('2 warnings');
  await expect(shared.getByText('Edited', { exact: true })).toBeVisible();
  expect(await readText(other, shared)).toBe(edited);
  expect(dialogs).toBe(0);
  await context.close();
});

test('a share link round-trips 64 KB of text exactly', async ({ page, browser }) => {
  test.slow();
  await page.goto(PAGE);
  const root = await openExample(page);
  const text = bigText();
  await replaceText(page, editor(root), text);
  expect(await readText(page, root)).toBe(text);
  const link = await share(page, root);

  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const other = await context.newPage();
  await other.goto(link);
  const shared = await openExample(other);
  expect(await readText(other, shared)).toBe(text);
  // Sharing it again gives the same link.
  await shared.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(shared.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  expect(await clipboard(other)).toBe(link);
  await context.close();
});

for (const [what, hash, message] of [
  ['a damaged', '#share=1.copy-over-add-before-dockerfile.AAAA-not-a-deflate-stream', /damaged/],
  // Small in the address bar, 2 MB once inflated (over-long hashes are refused before decoding: see the unit tests).
  ['an oversized', `#share=1.copy-over-add-before-dockerfile.${deflateRawSync(JSON.stringify(['FROM a\n'.repeat(300_000)])).toString('base64url')}`, /larger than/],
  ['a newer-version', '#share=9.copy-over-add-before-dockerfile.AAAA', /newer version/],
] as const) {
  test(`${what} share link opens the original example with a visible message`, async ({ page }) => {
    await page.goto(`${PAGE}${hash}`);
    const root = page.locator(`[data-live-example="${ID}"]`);
    await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
    await expect(root.getByRole('alert')).toContainText(message);
    await expect(root.getByRole('alert')).toContainText('Showing the original example.');
    await expect(root.locator('[data-live-summary]')).toHaveText('3 warnings');
    expect(await readText(page, root)).toBe(original);
  });
}

test('Copy for review copies Markdown: the code, its diagnostics and the link', async ({ page }) => {
  await page.goto(PAGE);
  const root = await openExample(page);
  await root.getByRole('button', { name: 'Copy for review' }).click();
  await expect(root.getByRole('status').filter({ hasText: 'Markdown for review copied' })).toBeVisible();
  const markdown = await clipboard(page);
  const origin = new URL(page.url()).origin;
  expect(markdown).toContain('**Before: ADD for plain local files** (`examples/dockerfiles/copy-over-add/before.Dockerfile`)');
  expect(markdown).toContain(`\`\`\`dockerfile\n${original}\`\`\``);
  expect(markdown).toContain('3 warnings:');
  expect(markdown).toContain(`- Line 3, warning: go.mod, go.sum are not archives or URLs: use COPY. ([add-local-file](${origin}/practices/copy-over-add/#add-local-file))`);
  const link = /\[Open it in the editor\]\(([^)]+)\)/.exec(markdown)?.[1];
  expect(link).toMatch(new RegExp(`^${origin}${PAGE}#share=2\\.${ID}\\.`));
});

test('a draft survives a reload, shows as edited, and Reset restores the example', async ({ page }) => {
  await page.goto(PAGE);
  let root = await openExample(page);
  await expect(root.getByRole('button', { name: 'Reset' })).toBeDisabled();
  await editor(root).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# draft\n');
  await expect(root.getByText('Edited', { exact: true })).toBeVisible();
  const draft = await readText(page, root);
  expect(draft).toBe(`# draft\n${original}`);

  // Drafts are saved a moment after typing stops; wait for it rather than for a fixed time.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('dfp-draft:')))).toBe(true);
  await page.reload();
  root = await openExample(page);
  await expect(root.getByText('Edited', { exact: true })).toBeVisible();
  expect(await readText(page, root)).toBe(draft);

  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.getByText('Edited', { exact: true })).toBeHidden();
  await expect(root.getByRole('button', { name: 'Reset' })).toBeDisabled();
  expect(await readText(page, root)).toBe(original);
  await page.reload();
  root = await openExample(page);
  await expect(root.getByText('Edited', { exact: true })).toBeHidden();
  expect(await readText(page, root)).toBe(original);
});

test('drafts are per editor: the other examples on the page stay as they were', async ({ page }) => {
  await page.goto(PAGE);
  const before = await openExample(page);
  await replaceText(page, editor(before), 'FROM scratch\n');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dfp-draft:')).length)).toBe(1);
  await page.reload();
  const after = await openExample(page, 'copy-over-add-after-dockerfile');
  await expect(after.getByText('Edited', { exact: true })).toBeHidden();
  const again = await openExample(page);
  await expect(again.getByText('Edited', { exact: true })).toBeVisible();
});
