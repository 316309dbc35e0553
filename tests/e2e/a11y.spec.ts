import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './support.ts';

/** Rules whose outcome depends on the colours of the theme. Every other axe rule sees the same
 * markup in both themes, so the dark theme re-runs only these. */
const colourRules = ['color-contrast', 'link-in-text-block'];

async function blockingViolations(page: Page, rules?: string[]) {
  let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (rules) axe = axe.withRules(rules);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

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
