import { expect, test } from '@playwright/test';
import { blockingViolations, colourRules, watchPage } from './support.ts';
import { LOADING } from './editor-support.ts';

/**
 * Pages with every editor on them open (Monaco, its toolbar, hint, problems list and a hover):
 * axe passes on the editors in the light theme and, after the reader switches the site to
 * dark, the colour rules pass on them again with the editors in their dark theme. Nothing
 * violates the Content-Security-Policy, logs an error or leaves the origin meanwhile.
 *
 * The editors are one component with one Monaco bundle on every page, so three pages carry
 * every kind: Dockerfile examples (multi-stage-builds), Dockerfiles with their .dockerignore
 * (dockerignore), and the playground's pair. Opening all 58 editors on all 13 pages took a
 * quarter of CI's time. Every page is still checked static by a11y.spec.ts (axe, both themes)
 * and links.spec.ts (loads without errors or requests to other hosts), and each practice's
 * before and after examples are edited live in editor.spec.ts.
 */

const EDITORS = '[data-live-example]';

for (const path of ['/practices/multi-stage-builds/', '/practices/dockerignore/', '/playground/']) {
  test(`${path} with every editor open: axe in light and dark, no CSP violation, no console error, no request to another host`, async ({ page, baseURL }) => {
    test.slow();
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    for (const root of await page.locator('[data-live-example]').all()) {
      await root.scrollIntoViewIfNeeded();
      await expect(root).toHaveAttribute('data-live-state', 'live', LOADING);
    }
    const editors = page.locator('[data-live-example] .monaco-editor');
    await expect(editors.first()).toHaveClass(/\bvs\b/);

    // Hover a problem so the hover widget, its codicons and the lightbulb render too.
    const squiggle = page.locator('[class*="squiggly-"]').first();
    if (await squiggle.count()) {
      await squiggle.scrollIntoViewIfNeeded();
      const box = (await squiggle.boundingBox())!;
      await page.mouse.move(box.x + 1, box.y + 1);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await expect(page.locator('.monaco-hover').filter({ visible: true }).first()).toBeVisible();
    }

    const light = await blockingViolations(page, undefined, EDITORS);
    expect(light, `light theme:\n${light.join('\n')}`).toEqual([]);

    await page.getByRole('combobox', { name: 'Select theme' }).filter({ visible: true }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(editors.first()).toHaveClass(/vs-dark/);
    const dark = await blockingViolations(page, colourRules, EDITORS);
    expect(dark, `dark theme:\n${dark.join('\n')}`).toEqual([]);

    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    watch.assertClean();
  });
}
