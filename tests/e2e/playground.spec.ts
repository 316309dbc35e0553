import { expect, test, type Locator, type Page } from '@playwright/test';
import { practicePages } from './support.ts';
import { example, LOADING, replaceText, useClipboard } from './editor-support.ts';

/**
 * The playground: a Dockerfile editor and a .dockerignore editor, a scorecard of the eleven
 * practices that changes as you type, every diagnostic, a build-context preview, and a share
 * link that holds both files.
 */

useClipboard();

async function open(page: Page, url = '/playground/'): Promise<Locator> {
  await page.goto(url);
  const root = page.locator('[data-live-example="playground"]');
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  return root;
}

function editors(root: Locator) {
  return {
    dockerfile: root.getByRole('textbox', { name: 'Dockerfile editor: Dockerfile' }),
    dockerignore: root.getByRole('textbox', { name: '.dockerignore editor: .dockerignore' }),
  };
}

test('the playground is in the sidebar and has both editors, static first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground');
  const root = page.locator('[data-live-example="playground"]');
  await expect(root.getByRole('figure', { name: 'Dockerfile' })).toBeVisible();
  await expect(root.getByRole('figure', { name: '.dockerignore' })).toBeVisible();
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(editors(root).dockerfile).toBeAttached();
  await expect(editors(root).dockerignore).toBeAttached();
});

test('the scorecard lists the eleven practices, links each to its page, and changes as you type', async ({ page }) => {
  const root = await open(page);
  const card = page.locator('[data-scorecard-list] > li');
  await expect(card).toHaveCount(11);
  for (const [i, practice] of practicePages.entries()) {
    await expect(card.nth(i).getByRole('link', { name: `${practice.n}. ${practice.title}` })).toHaveAttribute('href', practice.path);
  }
  const summary = page.getByRole('status').filter({ hasText: /of 11 practices pass/ });
  const start = await summary.textContent();
  const multiStage = card.filter({ has: page.getByRole('link', { name: '1. Multi-stage builds' }) });
  await expect(multiStage).toContainText('final-stage-from-build-stage');

  // The final Dockerfile passes every practice, given a good .dockerignore.
  const { dockerfile, dockerignore } = editors(root);
  await replaceText(page, dockerignore, example('app_go/.dockerignore'));
  await replaceText(page, dockerfile, example('dockerfiles/final.Dockerfile'));
  await expect(multiStage).toContainText('Passes');
  await expect(summary).not.toHaveText(start!);
  await expect(summary).toHaveText(/^(10|11) of 11 practices pass$/);

  // One keystroke that breaks a practice shows up at once.
  await replaceText(page, dockerfile, `${example('dockerfiles/final.Dockerfile')}ADD app.go /app/\n`);
  const copyOverAdd = card.filter({ has: page.getByRole('link', { name: '9. Prefer COPY over ADD' }) });
  await expect(copyOverAdd).toContainText('1 warning');
  await expect(copyOverAdd.getByRole('link', { name: 'add-local-file' })).toHaveAttribute('href', '/practices/copy-over-add/#add-local-file');
});

test('every diagnostic is listed under its editor, .dockerignore findings under the .dockerignore', async ({ page }) => {
  const root = await open(page);
  const dockerfilePane = root.getByRole('figure', { name: 'Dockerfile' });
  const ignorePane = root.getByRole('figure', { name: '.dockerignore' });
  await expect(dockerfilePane.getByRole('link', { name: 'final-stage-from-build-stage' })).toBeVisible();
  await expect(ignorePane.getByRole('link', { name: 'dockerignore-missing-secrets' })).toBeVisible();
  await replaceText(page, editors(root).dockerignore, '.git\n**/.env*\n**/id_rsa*\n**/*.key\n**/*.pem\n');
  await expect(ignorePane.getByRole('link', { name: 'dockerignore-missing-secrets' })).toHaveCount(0);
});

test('the build-context preview follows the .dockerignore', async ({ page }) => {
  const root = await open(page);
  const file = (path: string) => page.locator('[data-context-list] > li').filter({ has: page.getByText(path, { exact: true }) });
  await expect(file('app.go')).toContainText('Sent');
  await expect(file('.git/objects/pack/pack-9c1e5b07.pack')).toContainText('Sent');
  await expect(file('.env')).toContainText('Sent');
  await expect(file('node_modules/prettier/index.mjs')).toContainText('Excluded');
  // "*.log" only matches at the context root, as in Docker: logs/app.log still goes in.
  await expect(file('logs/app.log')).toContainText('Sent');

  await replaceText(page, editors(root).dockerignore, example('app_go/.dockerignore'));
  await expect(file('.git/objects/pack/pack-9c1e5b07.pack')).toContainText('Excluded');
  await expect(file('.env')).toContainText('Excluded');
  await expect(file('logs/app.log')).toContainText('Excluded');
  await expect(file('app.go')).toContainText('Sent');
  await expect(file('templates/index.html')).toContainText('Sent');
  await expect(page.getByRole('status').filter({ hasText: /enter the build context/ })).toContainText('are excluded');
});

test('a playground share link holds both files', async ({ page, browser }) => {
  const root = await open(page);
  await replaceText(page, editors(root).dockerfile, 'FROM alpine:3.24\nADD app.go /app/\n');
  await replaceText(page, editors(root).dockerignore, '.git\n.env\n');
  await root.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(root.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/playground\/#share=2\.playground\./);

  const context = await browser.newContext();
  const other = await context.newPage();
  const shared = await open(other, link);
  const card = other.locator('[data-scorecard-list] > li').filter({ has: other.getByRole('link', { name: '9. Prefer COPY over ADD' }) });
  await expect(card).toContainText('1 warning');
  await expect(other.locator('[data-context-list] > li').filter({ has: other.getByText('.env', { exact: true }) })).toContainText('Excluded');
  await expect(shared.getByText('Edited', { exact: true })).toBeVisible();
  await context.close();
});
