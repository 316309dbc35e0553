import { expect, test } from '@playwright/test';
import { editor, openExample } from './editor-support.ts';

/** Keyboard, phone and no-JavaScript polish (issue 12, item 7). */

test('a focused editor has a visible focus ring around the whole editor', async ({ page }) => {
  await page.goto('/practices/copy-over-add/');
  const root = await openExample(page, 'copy-over-add-before-dockerfile');
  const frame = root.locator('.live-editor');
  await expect(frame).toHaveCSS('outline-style', 'none');
  await editor(root).focus();
  await expect(frame).toHaveCSS('outline-style', 'solid');
  await expect(frame).toHaveCSS('outline-width', '3px');
});

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const { path, region } of [
    { path: '/rules/', region: /^All rules/ },
    { path: '/practices/multi-stage-builds/', region: /./ },
  ]) {
    test(`${path}: the page never scrolls sideways; the wide table scrolls in its own focusable region`, async ({ page }) => {
      await page.goto(path);
      const scroller = page.getByRole('region', { name: region }).filter({ has: page.getByRole('table') }).first();
      await expect(scroller).toHaveAttribute('tabindex', '0');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
      expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth), 'the table scrolls inside its box').toBe(true);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the playground and the rules filters say that they need JavaScript', async ({ page }) => {
    await page.goto('/playground/');
    await expect(page.getByText('The playground needs JavaScript')).toBeVisible();
    await page.goto('/rules/');
    await expect(page.getByText('The search and the filters need JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' }).last()).toBeHidden();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a page and its code blocks follow a ${colorScheme} preference`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/practices/copy-over-add/');
      for (const target of [page.locator('body'), page.locator('.expressive-code pre').first()]) {
        const background = await target.evaluate((e) => getComputedStyle(e).backgroundColor);
        const [r, g, b] = background.match(/\d+/g)!.map(Number);
        const sum = r! + g! + b!;
        if (colorScheme === 'dark') expect(sum, `background ${background}`).toBeLessThan(3 * 80);
        else expect(sum, `background ${background}`).toBeGreaterThan(3 * 200);
      }
    });
  }
});
