import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lint, today } from '../../src/linter/index.ts';
import { encodeShare, madeNow } from '../../src/editor/share.ts';
import { playgroundRoute } from '../../src/presentation/urls.ts';
import { formatBytes } from '../../src/presentation/context-tree.ts';
import { practicePages } from './support.ts';
import { example, LOADING, replaceText, useClipboard } from './editor-support.ts';

/**
 * The playground: a Dockerfile editor and a .dockerignore editor, a scorecard of the eleven
 * practices that changes as you type, every diagnostic, the build context as a tree (the
 * sample project, a chosen folder or a pasted file list) with the .dockerignore line that
 * decided each file, and a share link that holds both files.
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
  // The starting file's final stage is FROM builder, a golang image: distroless does not apply to it.
  const summary = page.getByRole('status').filter({ hasText: /practices (that apply )?pass/ });
  await expect(summary).toHaveText(/^\d+ of 10 practices that apply pass \(1 does not apply\)$/);
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

/** A file or folder ("src/") of the build-context tree. */
function entry(page: Page, path: string): Locator {
  return page.locator(`[data-context-list] li[data-path="${path}"]`);
}

test('the build-context tree follows the .dockerignore, and names the line that decided each file', async ({ page }) => {
  const root = await open(page);
  const file = (path: string) => entry(page, path);
  await expect(file('app.go')).toContainText('Sent');
  await expect(file('.git/objects/pack/pack-9c1e5b07.pack')).toContainText('Sent');
  await expect(file('.env')).toContainText('Sent');
  await expect(file('node_modules/prettier/index.mjs')).toContainText('Excluded');
  // "*.log" only matches at the context root, as in Docker: logs/app.log still goes in.
  await expect(file('logs/app.log')).toContainText('Sent');

  await replaceText(page, editors(root).dockerignore, example('app_go/.dockerignore'));
  await expect(file('.git/objects/pack/pack-9c1e5b07.pack')).toContainText('Excluded');
  await expect(file('.git/objects/pack/pack-9c1e5b07.pack')).toContainText('.dockerignore:7:.git .git/objects/pack/pack-9c1e5b07.pack');
  await expect(file('.env')).toContainText('Excluded');
  await expect(file('logs/app.log')).toContainText('Excluded');
  await expect(file('app.go')).toContainText('Sent');
  await expect(file('templates/index.html')).toContainText('Sent');
  await expect(entry(page, '.git/').locator(':scope > details > summary')).toContainText(/ excluded \.dockerignore:7:\.git\s\.git$/);
  await expect(page.getByRole('status').filter({ hasText: /enter the build context/ })).toContainText('are excluded');

  // Any path, like git check-ignore -v; a later "!" line sends a file back.
  await replaceText(page, editors(root).dockerignore, 'logs\n!logs/app.log\n');
  const check = page.getByRole('textbox', { name: 'Which line decides a path?' });
  await check.fill('./logs/access.log');
  await expect(page.locator('[data-context-answer]')).toHaveText('Excluded: .dockerignore:1:logs\tlogs/access.log');
  await check.fill('logs/app.log');
  await expect(page.locator('[data-context-answer]')).toHaveText('Sent: .dockerignore:2:!logs/app.log\tlogs/app.log');
  await expect(file('logs/app.log')).toContainText('.dockerignore:2:!logs/app.log');
});

test("the sample project's Dockerfile and .dockerignore are the editors' texts, and an empty file says so", async ({ page }) => {
  const root = await open(page);
  await expect(entry(page, 'go.sum')).toContainText('Sent go.sum empty');
  const original = Buffer.byteLength(example('dockerfiles/original.Dockerfile'));
  await expect(entry(page, 'Dockerfile')).toContainText(`Dockerfile ${formatBytes(original)}`);
  await replaceText(page, editors(root).dockerfile, 'FROM alpine:3.24\n');
  await expect(entry(page, 'Dockerfile')).toContainText('Sent Dockerfile 17 B');
  await replaceText(page, editors(root).dockerignore, '.git\n');
  await expect(entry(page, '.dockerignore')).toContainText('.dockerignore 5 B');
});

test('a pasted find . -type f listing becomes the context, and the sample comes back', async ({ page }) => {
  const root = await open(page);
  await replaceText(page, editors(root).dockerignore, 'node_modules\n*.md\n!README.md\n');
  await page.getByText('Or paste a list of its files', { exact: true }).click();
  await page.getByRole('textbox', { name: /The output of find \. -type f/ }).fill('.\r\n./README.md\r\n./CHANGES.md\r\n\r\n./src/\r\n./src/index.js\r\n./node_modules/left-pad/index.js\r\n/etc/passwd\r\n');
  await page.getByRole('button', { name: 'Show this list' }).click();
  await expect(page.getByText('Showing the pasted list: 4 files.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Skipped a line/ })).toContainText('line 8 (/etc/passwd): an absolute path');
  await expect(page.getByRole('status').filter({ hasText: /enter the build context/ })).toHaveText('2 files enter the build context; 2 files are excluded.');
  await expect(entry(page, 'node_modules/')).toContainText('1 file excluded');
  await expect(entry(page, 'CHANGES.md')).toContainText('Excluded CHANGES.md .dockerignore:2:*.md CHANGES.md');
  await expect(entry(page, 'README.md')).toContainText('Sent');
  await expect(entry(page, 'README.md')).toContainText('.dockerignore:3:!README.md');
  await expect(entry(page, 'app.go')).toHaveCount(0);
  // The lint knows these files now: a COPY of the whole context names the secret it would send.
  await replaceText(page, editors(root).dockerfile, 'FROM alpine:3.21\nCOPY . /app\n');
  await page.getByRole('textbox', { name: /The output of find \. -type f/ }).fill('./app.go\n./config/.env\n');
  await page.getByRole('button', { name: 'Show this list' }).click();
  await expect(root.getByRole('figure', { name: '.dockerignore' })).toContainText('where COPY writes them into a layer: config/.env');

  await page.getByRole('button', { name: 'Back to the sample project' }).click();
  await expect(page.getByText('Showing the sample project.')).toBeVisible();
  await expect(entry(page, 'app.go')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the sample project' })).toBeDisabled();
});

test('a chosen folder is read by name and size only, in the browser', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'context-'));
  const files: Record<string, string> = { 'app.go': 'package main\n', '.env': 'TOKEN=x\n', 'vendor/lib/lib.go': 'package lib\n' };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const root = await open(page);
    await replaceText(page, editors(root).dockerignore, '.env\n');
    await expect(page.getByText('Nothing is uploaded: only names and sizes are read, in your browser.')).toBeVisible();
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') uploads.push(r.url());
    });
    await page.getByLabel("Choose your project's folder").setInputFiles(dir);
    await expect(page.getByText(/^Showing your folder context-\w+: 3 files\.$/)).toBeVisible();
    await expect(entry(page, 'app.go')).toContainText('Sent app.go 13 B');
    await expect(entry(page, '.env')).toContainText('Excluded .env 8 B .dockerignore:1:.env .env');
    await expect(entry(page, 'vendor/')).toContainText('1 file (12 B) sent');
    await expect(page.getByRole('status').filter({ hasText: /enter the build context/ })).toHaveText('2 files (25 B) enter the build context; 1 file (8 B) is excluded.');
    expect(uploads).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a practice with nothing to check in the file does not apply, and does not count', async ({ page }) => {
  const root = await open(page);
  await replaceText(page, editors(root).dockerfile, 'FROM node:latest\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n');
  const card = page.locator('[data-scorecard-list] > li');
  const multiStage = card.filter({ has: page.getByRole('link', { name: '1. Multi-stage builds' }) });
  await expect(multiStage).toContainText('Does not apply');
  await expect(multiStage).toContainText('One stage (FROM node:latest) and no build step');
  await expect(card.filter({ has: page.getByRole('link', { name: '11. Distroless and scratch runtime images' }) })).toContainText('Does not apply');
  await expect(card.filter({ has: page.getByRole('link', { name: '4. Pin base images by version and digest' }) })).toContainText(/warning/);
  await expect(page.getByRole('status').filter({ hasText: /practices that apply pass/ })).toHaveText(/^\d+ of 8 practices that apply pass \(3 do not apply\)$/);
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
  await expect(entry(other, '.env')).toContainText('Excluded');
  await expect(shared.getByText('Edited', { exact: true })).toBeVisible();
  await context.close();
});

test("a rule's Try it link selects its first finding and scrolls it into view, and leaves the focus alone", async ({ page }) => {
  // A short window: the .dockerignore editor, where this rule's finding is, starts below it.
  await page.setViewportSize({ width: 1000, height: 450 });
  await page.goto('/rules/');
  await page.getByRole('link', { name: 'Try it in the playground: dockerignore-reincludes-secret' }).click();
  const root = page.locator('[data-live-example="playground"]');
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(root).toHaveAttribute('data-live-editor', 'monaco');
  const ignorePane = root.getByRole('figure', { name: '.dockerignore' });
  await expect(ignorePane.locator('.view-line', { hasText: '!deploy/*.key' })).toBeInViewport();
  await expect(ignorePane.locator('.selected-text').first()).toBeInViewport();
  const { dockerfile, dockerignore } = editors(root);
  await expect(dockerignore).not.toBeFocused();
  await expect(dockerfile).not.toBeFocused();
});

/** A Try-it link for latest-tag on a Dockerfile whose FROM comes after 60 lines of comments. */
async function farDownLink(): Promise<{ url: string; line: number }> {
  const texts = [`${Array.from({ length: 60 }, (_, i) => `# step ${i + 1} of the notes`).join('\n')}\nFROM alpine:latest\nCMD ["true"]\n`, '.git\n'];
  const date = today();
  const hash = await encodeShare('playground', texts, madeNow(lint(texts[0]!, { dockerignore: texts[1]!, now: date }), date));
  return { url: playgroundRoute(hash, 'latest-tag'), line: 61 };
}

test('a finding far down a long file is scrolled into view, in the editor and on the page', async ({ page }) => {
  const { url, line } = await farDownLink();
  await page.setViewportSize({ width: 1000, height: 500 });
  const root = await open(page, url);
  const pane = root.getByRole('figure', { name: 'Dockerfile' });
  await expect(pane.locator('.view-line', { hasText: 'FROM alpine:latest' })).toBeInViewport();
  await expect(pane.locator('.line-numbers', { hasText: new RegExp(`^${line}$`) })).toBeInViewport();
  await expect(pane.locator('.selected-text').first()).toBeInViewport();
  await expect(editors(root).dockerfile).not.toBeFocused();
  await expect(root.getByRole('alert')).toHaveCount(0);
});

test('with the textarea editor, the finding far down is selected and scrolled into view', async ({ page }) => {
  const { url, line } = await farDownLink();
  await page.setViewportSize({ width: 1000, height: 500 });
  const root = await open(page, url.replace('?rule=', '?editor=textarea&rule='));
  await expect(root).toHaveAttribute('data-live-editor', 'textarea');
  const area = editors(root).dockerfile;
  const selected = () => area.evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd));
  await expect.poll(selected).toContain('latest');
  await expect(area).not.toBeFocused();
  // Its line number, scrolled with the text, is in the window: so is the line.
  await expect(root.getByRole('figure', { name: 'Dockerfile' }).locator('.live-gutter span').nth(line - 1)).toBeInViewport();
});
