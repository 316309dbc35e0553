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
