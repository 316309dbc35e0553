import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { practicePages, sitePages } from './support.ts';

const pageShape = ['Why it matters', 'Before and after', 'Pitfalls', 'Verify it yourself', 'Further reading'];

test.describe('without JavaScript', () => {
  // The page shape is static HTML: a reader without JavaScript gets all of it.
  test.use({ javaScriptEnabled: false });

  for (const practice of practicePages) {
    test(`${practice.path} teaches "${practice.title}" in the standard page shape, readable and highlighted without JavaScript`, async ({ page }) => {
      await page.goto(practice.path);
      await expect(page).toHaveTitle(`${practice.title} | Dockerfile practices`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.title);
      const main = page.getByRole('main');
      for (const section of pageShape) {
        await expect(main.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      }
      // The before and after examples are shown as code, with the file they come from.
      await expect(main.locator('figure:has(pre) figcaption').filter({ hasText: /before/i }).first()).toBeVisible();
      await expect(main.locator('figure:has(pre) figcaption').filter({ hasText: /after/i }).first()).toBeVisible();
      // Highlighting is static markup: tokens carry their colours without any script.
      const code = main.locator('.expressive-code pre[data-language="dockerfile"]').first();
      await expect(code).toBeVisible();
      await expect(code).toContainText('FROM');
      const colours = await code.locator('span[style*="--0"]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
      expect(colours).toBeGreaterThan(1);
      // The generated Rules section is in the table of contents, beside the written sections.
      await expect(page.locator('starlight-toc a[href="#rules"]').first()).toBeAttached();
      // Further reading points at Docker's own documentation.
      await expect(main.locator('a[href^="https://docs.docker.com/"]').first()).toBeAttached();
    });
  }
});

test('the landing page lists the eleven practices as a checklist, in order, each linking to its page', async ({ page }) => {
  await page.goto('/');
  const checklist = page.getByRole('list', { name: 'The eleven practices' });
  const items = checklist.getByRole('listitem');
  await expect(items).toHaveCount(practicePages.length);
  for (const [i, practice] of practicePages.entries()) {
    await expect(items.nth(i).getByRole('link', { name: practice.title })).toHaveAttribute('href', practice.path);
  }
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 667 }]) {
  test(`at ${viewport.width} px the landing page shows where to begin and the learner's progress above the fold`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const first = JSON.parse(readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8').match(/data-exercises-order>([^<]*)</)?.[1] ?? '[]') as { key: string; href: string }[];
    // One exercise passed in an earlier visit.
    await page.addInitScript((key) => localStorage.setItem('dfp-exercises:v1', JSON.stringify({ passed: [key] })), first[0]!.key);
    await page.goto('/');
    const start = page.getByRole('navigation', { name: 'Where to begin' });
    const links = start.getByRole('listitem').getByRole('link');
    await expect(links).toHaveText(['Read the walkthrough', 'Do the exercises', 'Lint your own Dockerfile']);
    await expect(links.nth(0)).toHaveAttribute('href', '/walkthrough/');
    await expect(links.nth(1)).toHaveAttribute('href', first[0]!.href);
    await expect(links.nth(2)).toHaveAttribute('href', '/playground/');
    const progress = start.locator('[data-exercises-progress]');
    await expect(progress).toContainText(`1 of ${first.length} exercises done.`);
    await expect(progress.getByRole('link', { name: /^Next exercise:/ })).toHaveAttribute('href', first[1]!.href);
    const bottom = await progress.evaluate((e) => e.getBoundingClientRect().bottom);
    expect(bottom, 'the steps and the progress are in the first screen').toBeLessThanOrEqual(viewport.height);
  });
}

test('the walkthrough links every step to its practice page', async ({ page }) => {
  await page.goto('/walkthrough/');
  const main = page.getByRole('main');
  for (const practice of practicePages) {
    await expect(main.locator(`a[href^="${practice.path}"]`).first()).toBeAttached();
  }
});

test('the sitemap holds every practice page, the landing page and the walkthrough', () => {
  const pages = sitePages();
  for (const path of ['/', '/walkthrough/', ...practicePages.map((p) => p.path)]) expect(pages).toContain(path);
});

test('every icon the pages link to exists (a browser asks for it on every visit)', async ({ page, request }) => {
  await page.goto('/');
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThan(0);
  for (const href of icons) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});
