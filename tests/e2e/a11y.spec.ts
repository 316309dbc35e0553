import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages } from './support.ts';

for (const theme of ['light', 'dark'] as const) {
  for (const path of sitePages()) {
    test(`${path} has no serious or critical axe violations in the ${theme} theme`, async ({ page }) => {
      test.slow(); // axe on a long page of highlighted code takes a while on a busy machine
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Only violations are reported in detail: collecting every passing node is most of axe's
      // time on long pages.
      const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = blocking.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(report, report.join('\n')).toEqual([]);
    });
  }
}
