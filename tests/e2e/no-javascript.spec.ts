import { expect, test } from '@playwright/test';
import { practicePages } from './support.ts';

test.use({ javaScriptEnabled: false });

for (const practice of practicePages) {
  test(`${practice.path} reads without JavaScript, its code highlighted`, async ({ page }) => {
    await page.goto(practice.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.title);
    const code = page.locator('.expressive-code pre[data-language="dockerfile"]').first();
    await expect(code).toBeVisible();
    await expect(code).toContainText('FROM');
    // Highlighting is static markup: tokens carry their colours without any script.
    const colours = await code.locator('span[style*="--0"]').evaluateAll((spans) =>
      new Set(spans.map((s) => getComputedStyle(s).color)).size,
    );
    expect(colours).toBeGreaterThan(1);
  });
}
