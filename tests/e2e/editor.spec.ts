import { expect, test, type Locator, type Page } from '@playwright/test';
import { fix, lint } from '../../src/linter/index.ts';
import { readCmap } from '../../src/build/font-subset.ts';
import { exampleId } from '../../src/presentation/spec.ts';
import { practicePages, watchPage } from './support.ts';
import { editor, example, LOADING, openExample, readText, replaceText, useClipboard } from './editor-support.ts';

/**
 * The live examples on the practice pages: static first, Monaco once in view, linted by the
 * shared engine as you type, with markers, hovers, a problems list, quick fixes and a
 * keyboard escape.
 */

useClipboard();

function summary(root: Locator): Locator {
  return root.locator('[data-live-summary]');
}

/** The before example of a practice: its before.Dockerfile, or for dockerignore its .dockerignore. */
function beforeOf(slug: string): { file: string; after: string; dockerfile: string; dockerignore: string } {
  if (slug === 'dockerignore') {
    return {
      file: 'dockerfiles/dockerignore/before.Dockerfile.dockerignore',
      after: 'dockerfiles/dockerignore/after.Dockerfile.dockerignore',
      dockerfile: example('dockerfiles/dockerignore/before.Dockerfile'),
      dockerignore: example('dockerfiles/dockerignore/before.Dockerfile.dockerignore'),
    };
  }
  return {
    file: `dockerfiles/${slug}/before.Dockerfile`,
    after: `dockerfiles/${slug}/after.Dockerfile`,
    dockerfile: example(`dockerfiles/${slug}/before.Dockerfile`),
    dockerignore: example('app_go/.dockerignore'),
  };
}

test('a live example is static, highlighted code with its problems until it scrolls into view', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = page.locator('[data-live-example="copy-over-add-before-dockerfile"]');
  await expect(root).not.toHaveAttribute('data-live-state', /./);
  await expect(root.locator('.expressive-code pre')).toBeVisible();
  await expect(summary(root)).toHaveText('3 warnings');
  await expect(root.getByRole('link', { name: 'add-local-file' }).first()).toHaveAttribute('href', '/practices/copy-over-add/#add-local-file');
  await openExample(page, 'copy-over-add-before-dockerfile');
  await expect(editor(root)).not.toBeFocused();
  await expect(root.locator('.expressive-code')).toBeHidden();
  await expect(root.locator('.monaco-editor')).toBeVisible();
  await expect(root.locator('.squiggly-warning')).toHaveCount(3);
});

test('with Save-Data, an example stays static in view and loads no editor code until the reader focuses it', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/practices/copy-over-add/');
  await page.waitForLoadState('load');
  const before = scripts.length;
  const root = page.locator('[data-live-example="copy-over-add-before-dockerfile"]');
  await root.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await expect(root).not.toHaveAttribute('data-live-state', /./);
  expect(scripts.slice(before), 'no editor code fetched while idle or on scroll').toEqual([]);
  await root.locator('.expressive-code pre').focus();
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(root).not.toHaveAttribute('aria-busy', /./);
});

test('focusing the static code upgrades it and puts the keyboard in the editor', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = page.locator('[data-live-example="copy-over-add-after-dockerfile"]');
  await root.locator('.expressive-code pre').focus();
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(editor(root)).toBeFocused();
});

for (const practice of practicePages) {
  test(`${practice.path}: the before example shows the practice's problems, and the fix clears them`, async ({ page }) => {
    const before = beforeOf(practice.slug);
    await page.goto(practice.path);
    const root = await openExample(page, exampleId(before.file));
    const own = root.locator(`[data-live-problems] a[href^="${practice.path}#"]`);
    await expect(own.first()).toBeVisible();
    if (before.file.endsWith('.Dockerfile')) {
      await expect(root.locator('.monaco-editor [class*="squiggly-"]').first()).toBeAttached();
    }

    // Fix all (safe fixes) when they repair every problem of the practice; otherwise type the after version.
    const fixed = fix(before.dockerfile, { dockerignore: before.dockerignore }).text;
    const fixClears = before.file.endsWith('.Dockerfile') && fixed !== before.dockerfile &&
      !lint(fixed, { dockerignore: before.dockerignore }).some((d) => d.practice === practice.slug);
    if (fixClears) {
      await root.getByRole('button', { name: /^Fix all/ }).click();
      await expect(own).toHaveCount(0);
      expect(await readText(page, root)).toBe(fixed);
    } else {
      await replaceText(page, editor(root), example(before.after));
      await expect(own).toHaveCount(0);
      expect(await readText(page, root)).toBe(example(before.after));
    }
  });
}

test('the problems list: a click jumps to the line, and an aria-live summary counts the problems', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  const live = summary(root);
  await expect(live).toHaveRole('status');
  await expect(live).toHaveText('3 warnings');
  await root.getByRole('button', { name: 'Warning Line 5' }).click();
  await expect(editor(root)).toBeFocused();
  // The cursor is at the start of line 5, on the ADD the problem is about: replace it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  await page.keyboard.type('COPY');
  await expect(live).toHaveText('2 warnings');
  expect((await readText(page, root)).split('\n')[4]).toBe('COPY app.go ./');
});

/** Opens the copy-over-add before example and moves the mouse onto its first squiggle. */
async function hoverFirstProblem(page: Page): Promise<Locator> {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  const box = (await root.locator('.squiggly-warning').first().boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  return root;
}

test('a hover shows the message and a link to the rule on its practice page', async ({ page }) => {
  await hoverFirstProblem(page);
  const hover = page.locator('.monaco-hover').filter({ hasText: 'are not archives or URLs: use COPY.' });
  await expect(hover).toBeVisible();
  await expect(hover.getByRole('link', { name: 'add-local-file' })).toBeVisible();
  await expect(hover.getByRole('link', { name: 'add-local-file' })).toHaveAttribute('href', /\/practices\/copy-over-add\/#add-local-file$/);
});

test('a quick fix from the lightbulb menu (Ctrl+.) repairs one problem, and undo brings it back', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  await root.getByRole('button', { name: 'Warning Line 3' }).click();
  await page.keyboard.press('ControlOrMeta+.');
  const menu = page.locator('.action-widget');
  await expect(menu.getByText('Replace ADD with COPY')).toBeVisible();
  await expect(menu.getByText('Fix all auto-fixable problems (3)')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(summary(root)).toHaveText('2 warnings');
  expect((await readText(page, root)).split('\n')[2]).toBe('COPY go.mod go.sum ./');
  await editor(root).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(summary(root)).toHaveText('3 warnings');
});

test('hover, lightbulb and quick-fix menu work without errors in the trimmed Monaco, and every icon they draw has its glyph in the subset codicon font', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  // Every visible codicon and the code point its ::before draws.
  const drawnIcons = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.codicon')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ icon: [...e.classList].find((c) => c.startsWith('codicon-')) ?? '', codePoint: getComputedStyle(e, '::before').content.codePointAt(1) ?? 0 }))
        .filter((d) => d.codePoint > 0xe000),
    );
  const root = await hoverFirstProblem(page);
  await expect(page.locator('.monaco-hover').filter({ visible: true }).first()).toBeVisible();
  const drawn = await drawnIcons();
  await root.getByRole('button', { name: 'Warning Line 3' }).click();
  await page.keyboard.press('ControlOrMeta+.');
  await expect(page.locator('.action-widget').getByText('Replace ADD with COPY')).toBeVisible();
  drawn.push(...(await drawnIcons()));
  expect(drawn.map((d) => d.icon)).toContain('codicon-light-bulb');
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'codicon' && f.status === 'loaded')))
    .toBe(true);

  const fontUrl = await page.evaluate(() => /url\("?([^")]*codicon[^")]*\.ttf)"?\)/.exec(document.querySelector('style[data-monaco-styles]')?.textContent ?? '')?.[1]);
  expect(fontUrl).toBeTruthy();
  const glyphs = readCmap(new Uint8Array(await (await page.request.get(fontUrl!)).body()));
  expect(drawn.filter((d) => !glyphs.has(d.codePoint)).map((d) => d.icon)).toEqual([]);
  // A subset: far fewer icons than the 655 of the full font.
  expect(glyphs.size).toBeLessThan(150);

  // The keys of the parts left out of the bundle (command palette, go to definition) do nothing, quietly.
  await page.keyboard.press('Escape');
  await editor(root).focus();
  await page.keyboard.press('F1');
  await page.keyboard.press('ControlOrMeta+F12');
  await page.keyboard.down('ControlOrMeta');
  const token = (await root.locator('.view-line').nth(2).boundingBox())!;
  await page.mouse.move(token.x + 5, token.y + token.height / 2, { steps: 3 });
  await page.mouse.click(token.x + 5, token.y + token.height / 2);
  await page.keyboard.up('ControlOrMeta');
  await expect(summary(root)).toHaveText('3 warnings');
  watch.assertClean();
});

test('Fix all applies the safe fixes in passes and says how many unsafe ones it left; an unsafe fix is applied from its problem', async ({ page }) => {
  await page.goto('/practices/signal-handling/');
  const root = await openExample(page, 'signal-handling-before-dockerfile');
  await replaceText(page, editor(root), 'FROM alpine:3.24\nCMD /app/app\n');
  await root.getByRole('button', { name: 'Fix all (1)' }).click();
  await expect(root.getByRole('status').filter({ hasText: /^Applied/ })).toHaveText('Applied 1 fix; 1 unsafe fix left (apply it from its problem).');
  expect(await readText(page, root)).toBe('FROM alpine:3.24\nCMD ["/app/app"]\n');
  await expect(root.getByRole('button', { name: /^Fix all/ })).toBeHidden();
  await root.getByRole('button', { name: 'Fix: Add USER 1001:1001 to the final stage (unsafe)' }).click();
  expect(await readText(page, root)).toBe('FROM alpine:3.24\nUSER 1001:1001\nCMD ["/app/app"]\n');
});

test('a problem with a mechanical fix has a Fix button in the list', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  await root.getByRole('button', { name: 'Fix: Replace ADD with COPY' }).first().click();
  await expect(summary(root)).toHaveText('2 warnings');
  await expect(root.getByText('Edited', { exact: true })).toBeVisible();
});

test('focus entering or leaving an editor moves nothing on the page, so a click below it lands where it was aimed', async ({ page }) => {
  await page.goto('/playground/');
  const root = page.locator('[data-live-example="playground"]');
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  const below = page.getByText('Or paste a list of its files', { exact: true });
  const top = async () => (await below.boundingBox())!.y + (await page.evaluate(() => scrollY));
  const resting = await top();
  for (const name of ['Dockerfile editor: Dockerfile', '.dockerignore editor: .dockerignore']) {
    await root.getByRole('textbox', { name }).focus();
    expect(await top(), `with the ${name.split(' ')[0]} editor focused`).toBe(resting);
  }
  // A click while an editor has focus: the editor's blur must not move the target under the pointer.
  await below.click();
  await expect(page.getByRole('textbox', { name: /The output of find \. -type f/ })).toBeVisible();
});

test('the editor follows the site theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  await expect(root.locator('.monaco-editor')).toHaveClass(/vs-dark/);
  await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(root.locator('.monaco-editor')).not.toHaveClass(/vs-dark/);
  await expect(root.locator('.monaco-editor')).toHaveClass(/\bvs\b/);
});

test('each editor has an accessible name and says how to leave it; Tab leaves an unchanged example, Escape then Tab leaves an edited one, Ctrl+M makes Tab leave; the choice is remembered', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  const box = root.getByRole('textbox', { name: 'Dockerfile editor: Before: ADD for plain local files' });
  await expect(box).toBeAttached();
  const toggle = root.getByRole('button', { name: 'Tab moves focus' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const hint = root.getByText(/press Esc then Tab, or Ctrl\+(Shift\+)?M to make Tab move focus/);
  await expect(hint).toBeVisible();
  await expect(box).toHaveAttribute('aria-describedby', (await hint.getAttribute('id'))!);

  // In an unchanged example Tab would only add whitespace: it leaves, and nothing is "Edited".
  await box.focus();
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  await expect(toggle).toBeFocused();
  await expect(root.getByText('Edited', { exact: true })).toBeHidden();
  await box.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(box).not.toBeFocused();

  // Once edited, Tab indents as in any code editor; Escape, then Tab, still leaves.
  await box.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('# note');
  await expect(root.getByText('Edited', { exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(root.locator('.view-lines')).toContainText('# note');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  await root.getByRole('button', { name: 'Reset' }).click();
  await expect(root.getByText('Edited', { exact: true })).toBeHidden();

  // Ctrl+M (the hint says so) makes Tab leave the editor.
  await box.focus();
  await page.keyboard.press(process.platform === 'darwin' ? 'Control+Shift+M' : 'Control+M');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(root.getByText(/Tab moves focus out of the editor/)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  await expect(toggle).toBeFocused();

  await page.reload();
  const again = await openExample(page, 'copy-over-add-before-dockerfile');
  await expect(again.getByRole('button', { name: 'Tab moves focus' })).toHaveAttribute('aria-pressed', 'true');
  await editor(again).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(editor(again)).not.toBeFocused();
});

test('an edit followed at once by a reload is kept: the draft is saved as the page goes away', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  const box = editor(root);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# kept across the reload\n');
  // No wait for the 250 ms pause after typing: the reload comes first.
  await page.reload();
  const again = await openExample(page, 'copy-over-add-before-dockerfile');
  await expect(again.locator('.view-lines')).toContainText('# kept across the reload');
  await expect(again.getByText('Edited', { exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Reset' }).click();
});
