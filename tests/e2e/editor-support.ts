import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * What the live-editor specs share. Texts are read and written through the editor's own Copy
 * button and the clipboard: paste is exact, where typed text would be auto-indented.
 */

/** Monaco is about 1 MB: on a busy machine it can take a while to arrive. Not a timing assertion. */
export const LOADING = { timeout: 90_000 };

/** A file under examples/, as the tests compare against it. */
export const example = (path: string): string => readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8');

/** Lets the page read and write the clipboard (Copy, Share, Copy for review). Call at the top of a spec. */
export function useClipboard(): void {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });
}

/** Scrolls a live example into view and waits for its editor. */
export async function openExample(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`[data-live-example="${id}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
  return root;
}

/** The (first) editor of a live example, by its accessible name. */
export function editor(root: Locator): Locator {
  return root.getByRole('textbox', { name: /editor: / });
}

export function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The editor's text, through its Copy button. */
export async function readText(page: Page, root: Locator): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await root.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(root.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  return clipboard(page);
}

/** Replaces an editor's text by select-all and paste. */
export async function replaceText(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}
