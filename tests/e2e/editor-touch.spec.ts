import { expect, test, devices, type Locator, type Page } from '@playwright/test';
import { LOADING } from './editor-support.ts';

/**
 * Touch devices get a plain textarea instead of Monaco (which does not support mobile
 * browsers), with the same linting, problems list, quick fixes and drafts.
 */

const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
test.use(pixel);

test('on a touch device a textarea editor replaces Monaco, linted as you type', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = page.locator('[data-live-example="copy-over-add-before-dockerfile"]');
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  await expect(root).toHaveAttribute('data-live-editor', 'textarea');
  await expect(root.locator('.monaco-editor')).toHaveCount(0);
  const area = root.getByRole('textbox', { name: 'Dockerfile editor: Before: ADD for plain local files' });
  await expect(area).toBeVisible();
  const summary = root.locator('[data-live-summary]');
  await expect(summary).toHaveText('3 warnings');

  // The problems list jumps to the line in the textarea.
  await root.getByRole('button', { name: 'Warning Line 5' }).tap();
  await expect(area).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
  await page.keyboard.type('COPY');
  await expect(summary).toHaveText('2 warnings');
  expect((await area.inputValue()).split('\n')[4]).toBe('COPY app.go ./');

  // Quick fixes work from the list.
  await root.getByRole('button', { name: 'Fix: Replace ADD with COPY' }).first().tap();
  await expect(summary).toHaveText('1 warning');
  await root.getByRole('button', { name: 'Fix all (1)' }).tap();
  await expect(summary).toHaveText('No problems');
  expect(await area.inputValue()).not.toContain('ADD ');
});

/** The after example of copy-over-add, as a textarea editor. */
async function openAfterExample(page: Page): Promise<{ root: Locator; area: Locator }> {
  await page.goto('/practices/copy-over-add/');
  const root = page.locator('[data-live-example="copy-over-add-after-dockerfile"]');
  await root.scrollIntoViewIfNeeded();
  const area = root.getByRole('textbox', { name: /Dockerfile editor/ });
  await expect(area).toBeVisible();
  return { root, area };
}

test('on a touch device drafts survive a reload and Reset restores the example', async ({ page }) => {
  const { root, area } = await openAfterExample(page);
  const original = await area.inputValue();
  await area.fill(`${original}RUN echo draft\n`);
  await expect(root.getByText('Edited', { exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('dfp-draft:')))).toBe(true);
  await page.reload();
  await root.scrollIntoViewIfNeeded();
  await expect(area).toHaveValue(`${original}RUN echo draft\n`);
  await root.getByRole('button', { name: 'Reset' }).tap();
  await expect(area).toHaveValue(original);
});

test('on a touch device the textarea editor shows line numbers, kept in step with the text', async ({ page }) => {
  const { root, area } = await openAfterExample(page);
  const gutter = root.locator('.live-gutter');
  await expect(gutter).toHaveAttribute('aria-hidden', 'true');
  const lines = (await area.inputValue()).split('\n').length;
  await expect(gutter.locator('span')).toHaveCount(lines);
  await expect(gutter.locator('span').last()).toHaveText(String(lines));
  // Each number sits on its line: the gutter and the text share font size, line height and top padding.
  const [gutterTop, areaTop] = await Promise.all([
    gutter.locator('span').first().evaluate((s) => s.getBoundingClientRect().top),
    area.evaluate((a) => a.getBoundingClientRect().top + parseFloat(getComputedStyle(a).paddingTop)),
  ]);
  expect(Math.abs(gutterTop - areaTop)).toBeLessThan(1);
  await area.press('ControlOrMeta+End');
  await area.press('Enter');
  await expect(gutter.locator('span')).toHaveCount(lines + 1);
});
