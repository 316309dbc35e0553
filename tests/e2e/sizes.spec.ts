/**
 * The size, layer, rebuild, context and stop tables: each page that has one renders its rows from
 * src/data/image-sizes.json, every size carries its exact bytes (title and text a screen reader
 * reads), and every row links to a provenance footnote. Everything here is static HTML:
 * JavaScript is off. (a11y.spec.ts runs axe on these pages, tables included, in both themes.)
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

/** Page, table ids on it, and the number of body rows each table has at least. */
const pages: { path: string; tables: Record<string, number> }[] = [
  { path: '/practices/multi-stage-builds/', tables: { 'sizes-multi-stage': 4, 'sizes-multi-stage-current': 3, 'layers-multi-stage-before': 4, 'layers-multi-stage-after': 3 } },
  { path: '/practices/minimal-final-image/', tables: { 'sizes-minimal-final': 6, 'sizes-minimal-final-current': 3 } },
  { path: '/practices/distroless-images/', tables: { 'sizes-published-bases': 5, 'sizes-distroless': 4, 'sizes-distroless-current': 4 } },
  {
    path: '/practices/efficient-layering/',
    tables: { 'sizes-efficient-layering': 2, 'layers-efficient-layering-before': 6, 'layers-efficient-layering-after': 4 },
  },
  { path: '/practices/dependency-caching/', tables: { 'rebuild-dependency-caching': 2 } },
  { path: '/practices/dockerignore/', tables: { 'context-dockerignore': 4 } },
  { path: '/practices/signal-handling/', tables: { 'stop-signal-handling': 2 } },
  { path: '/walkthrough/', tables: { 'sizes-walkthrough': 9, 'sizes-walkthrough-current': 3 } },
];

for (const { path, tables } of pages) {
  test(`${path} renders its figure tables with exact bytes and provenance`, async ({ page }) => {
    await page.goto(path);
    for (const [id, minRows] of Object.entries(tables)) {
      const figure = page.locator(`figure#${id}`);
      await expect(figure, `table ${id}`).toHaveCount(1);
      await expect(figure.locator('caption')).not.toBeEmpty();
      const rows = figure.locator('tbody tr');
      const n = await rows.count();
      expect(n, `${id}: rows`).toBeGreaterThanOrEqual(minRows);
      await expect(figure.locator('thead th[scope="col"]').first()).toBeVisible();
      await expect(figure.locator('tbody th[scope="row"]')).toHaveCount(n);

      // Every size: human units shown, exact bytes in the title and in text a screen reader reads.
      // (Read in one call per table: the page is static, so nothing is left to wait for.)
      const sizes = await figure.locator('tbody .dfp-bytes').evaluateAll((elements) =>
        elements.map((e) => ({ title: e.getAttribute('title'), exact: e.querySelector('.dfp-exact')?.textContent?.trim() ?? null, tabindex: e.getAttribute('tabindex') })),
      );
      for (const size of sizes) {
        expect(size.title, `${id}: a size's title`).toMatch(/^[\d,]+ bytes$/);
        expect(size.exact, `${id}: the exact bytes a screen reader reads`).toBe(`(${size.title})`);
        expect(size.tabindex, `${id}: a size is focusable`).toBe('0');
      }

      // Every footnote mark points at a footnote that exists and says where the figure came from.
      const notes = await figure.locator('sup.dfp-ref a').evaluateAll((marks) =>
        marks.map((a) => {
          const href = a.getAttribute('href') ?? '';
          const targets = href.startsWith('#') ? document.querySelectorAll(`[id="${CSS.escape(href.slice(1))}"]`) : [];
          return { href, count: targets.length, text: targets[0]?.textContent ?? '' };
        }),
      );
      expect(notes.length, `${id}: footnote marks`).toBeGreaterThanOrEqual(1);
      for (const note of notes) {
        expect(note.count, `${id}: ${note.href} names one footnote`).toBe(1);
        expect(note.text, `${id}: ${note.href}`).toMatch(/measured on \d{4}-\d{2}-\d{2}|Published:/);
      }
    }
  });
}

test('the computed table adds the published base to the measured layers, and says so', async ({ page }) => {
  await page.goto('/practices/multi-stage-builds/');
  const figure = page.locator('figure#sizes-multi-stage-current');
  await expect(figure.getByRole('columnheader', { name: /Sum.*computed/ })).toBeVisible();
  const row = figure.getByRole('row', { name: /Before: one stage/ });
  await expect(row.getByRole('cell').first()).toContainText('golang:1.27-alpine3.24');
  const bytes = await row.locator('.dfp-bytes').evaluateAll((els) => els.map((e) => Number((e.getAttribute('title') ?? '').replace(/[^\d]/g, ''))));
  expect(bytes, 'base, added layers, sum').toHaveLength(3);
  expect(bytes[0]! + bytes[1]!).toBe(bytes[2]);
  const note = figure.locator(`[id="sizes-multi-stage-current-note-1"]`);
  await expect(note).toContainText('docker-library/repo-info repos/golang/remote/1.27-alpine3.24.md');
  await expect(note).toContainText('not yet measured again on the real images above');
  // A distroless row: its digest's source gives no size, so no sum is made up.
  const after = figure.getByRole('row', { name: /After: builder and distroless/ });
  await expect(after).toContainText('not published');
  await expect(after).toContainText('unknown without the base');
});

test('a size reveals its exact bytes on keyboard focus', async ({ page }) => {
  await page.goto('/practices/multi-stage-builds/');
  const size = page.locator('figure#sizes-multi-stage tbody .dfp-bytes').first();
  const title = await size.getAttribute('title');
  const shown = () => size.evaluate((e) => getComputedStyle(e, '::after').content);
  expect(await shown()).toBe('none');
  const width = (await size.boundingBox())!.width;
  await size.focus();
  await expect.poll(shown).toContain(`(${title})`);
  expect((await size.boundingBox())!.width, 'the exact bytes take room on the page').toBeGreaterThan(width);
  // Screen readers already read the hidden text, and still do: it stays hidden.
  await expect(size.locator('.dfp-exact')).toHaveCSS('position', 'absolute');
});

test('stand-in figures are flagged on the page', async ({ page }) => {
  await page.goto('/practices/multi-stage-builds/');
  const table = page.locator('figure#sizes-multi-stage');
  await expect(table.locator('.dfp-tag', { hasText: 'stand-in base' }).first()).toBeVisible();
  await expect(table.locator('figcaption')).toContainText('Stand-in base');
});

test('the dockerignore table names its synthetic working copy', async ({ page }) => {
  await page.goto('/practices/dockerignore/');
  await expect(page.locator('figure#context-dockerignore figcaption')).toContainText('src/data/sample-clutter.ts');
});
