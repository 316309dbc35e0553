import { expect, test, type Page } from '@playwright/test';
import { practicePages } from './support.ts';

async function openSearch(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  return { dialog, box: dialog.getByRole('textbox', { name: 'Search' }) };
}

test('search finds every practice by its title', async ({ page }) => {
  const { dialog, box } = await openSearch(page);
  for (const practice of practicePages) {
    await box.fill(practice.title);
    await expect(dialog.locator(`a[href^="${practice.path}"]`).first(), practice.title).toBeVisible();
  }
});

const byWord: [string, string][] = [
  ['digest', '/practices/pinned-base-images/'],
  ['PID 1', '/practices/signal-handling/'],
  ['distroless', '/practices/distroless-images/'],
  ['SIGTERM', '/practices/signal-handling/'],
  ['go.sum', '/practices/dependency-caching/'],
];
test('search finds practices by the words they teach', async ({ page }) => {
  const { dialog, box } = await openSearch(page);
  for (const [word, path] of byWord) {
    await box.fill(word);
    await expect(dialog.locator(`a[href^="${path}"]`).first(), `"${word}" finds ${path}`).toBeVisible();
  }
});

test('the search UI loads only when a reader reaches for it, and Ctrl+K puts the cursor in the box', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (/ui-core|\/pagefind\//.test(r.url())) loaded.push(r.url());
  });
  await page.goto('/practices/signal-handling/', { waitUntil: 'networkidle' });
  expect(loaded, 'neither the search UI nor its index loads with the page').toEqual([]);
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('textbox', { name: 'Search' });
  await expect(box).toBeFocused();
  await page.keyboard.type('SIGTERM');
  await expect(dialog.locator('a[href^="/practices/signal-handling/"]').first()).toBeVisible();
});
