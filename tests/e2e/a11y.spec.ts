import { expect, test } from '@playwright/test';
import { blockingViolations, colourRules, sitePages } from './support.ts';

for (const path of sitePages()) {
  test(`${path} has no serious or critical axe violations, in the light and the dark theme`, async ({ page }) => {
    test.slow(); // axe on a long page of highlighted code takes a while on a busy machine
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const light = await blockingViolations(page);
    expect(light, `light theme:\n${light.join('\n')}`).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await blockingViolations(page, colourRules);
    expect(dark, `dark theme:\n${dark.join('\n')}`).toEqual([]);
  });
}
