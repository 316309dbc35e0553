import { expect, test } from '@playwright/test';
import { rules } from '../../src/rules/index.ts';

test('the rules index lists every rule, each linking to its anchor on its practice page', async ({ page }) => {
  await page.goto('/rules/');
  const rows = page.getByRole('table', { name: 'All rules' }).locator('tbody tr');
  await expect(rows).toHaveCount(rules.length);
  for (const rule of rules.slice(0, 5)) {
    await expect(page.locator(`a[href="/practices/${rule.practice}/#${rule.id}"]`)).toHaveCount(1);
  }
});

test('typing a peer linter\'s id finds our matching rule, and the filters narrow the list', async ({ page }) => {
  await page.goto('/rules/');
  const search = page.getByRole('searchbox', { name: 'Search' }).last();
  await search.fill('DL3006');
  const visible = page.getByRole('table', { name: 'All rules' }).locator('tbody tr:visible');
  await expect(visible.filter({ hasText: 'untagged-image' })).toHaveCount(1);
  await expect(visible).toHaveCount(rules.filter((r) => r.sources.some((s) => s.id === 'hadolint:DL3006')).length);

  await search.fill('');
  await page.getByRole('combobox', { name: 'Severity' }).selectOption('error');
  await expect(visible).toHaveCount(rules.filter((r) => r.severity === 'error').length);
  await expect(page.getByRole('status').filter({ hasText: /\d/ })).toBeAttached();
});

test('without JavaScript the rules index is the full list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/rules/');
  await expect(page.getByRole('table', { name: 'All rules' }).locator('tbody tr')).toHaveCount(rules.length);
  await context.close();
});

test('on a wide screen the table fits the page and every rule id stays on one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/rules/');
  const table = page.getByRole('table', { name: 'All rules' });
  const layout = await table.evaluate((t) => ({
    overflow: t.scrollWidth - t.clientWidth,
    brokenIds: [...t.querySelectorAll('tbody td:first-child code')].filter((c) => c.getClientRects().length > 1).map((c) => c.textContent),
  }));
  expect(layout).toEqual({ overflow: 0, brokenIds: [] });
});
