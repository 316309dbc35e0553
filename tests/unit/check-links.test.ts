/** The link checker that runs over the built site (scripts/check-links.ts), on small made-up sites. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkSite, readPage, siteFromSitemap } from '../../scripts/check-links.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/guide/_astro/a.css"></head><body>${body}</body></html>`;

describe('check-links: reading a page', () => {
  it('finds ids, names, links, srcset entries and the refresh target; skips scripts and comments', () => {
    const p = readPage(
      `<h2 id="why">Why</h2><a name="old"></a><a href="/a/?x=1&amp;y=2#why">a</a><img src='i.png' srcset="s1.png 1x, s2.png 2x">` +
        `<script>const s = '<a href="/nope/">';</script><!-- <a href="/gone/"> --><meta http-equiv="refresh" content="0;url=/b/">` +
        `<div data-x="a > b" id="after-gt"></div>`,
    );
    assert.deepEqual([...p.ids], ['why', 'old', 'after-gt']);
    assert.deepEqual(
      p.links.map((l) => l.value),
      ['/a/?x=1&y=2#why', 'i.png', 's1.png', 's2.png', '/b/'],
    );
    assert.equal(p.refresh, '/b/');
  });
});

describe('check-links: a site under a base path', () => {
  const dir = site({
    'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://example.org/guide/sitemap-0.xml</loc></sitemap></sitemapindex>',
    'sitemap-0.xml': '<urlset><url><loc>https://example.org/guide/</loc></url><url><loc>https://example.org/guide/missing/</loc></url></urlset>',
    '_astro/a.css': '',
    'index.html': page(
      [
        '<a href="/guide/rules/#cli">ok</a>',
        '<a href="rules/">ok, relative</a>',
        '<a href="https://example.org/guide/rules/">ok, absolute</a>',
        '<a href="https://other.example/x/">external</a>',
        '<a href="#top-of-page">ok, on this page</a><h1 id="top-of-page">x</h1>',
        '<a href="/guide/p/1/#cli">ok, through the alias</a>',
        '<a href="/rules/">outside the base</a>',
        '<a href="/guide/rules/#nope">missing anchor</a>',
        '<a href="/guide/rules">no trailing slash</a>',
        '<img src="/guide/missing.png">',
        '<a href="/guide/p/2/">alias to nowhere</a>',
      ].join(''),
    ),
    'rules/index.html': page('<h2 id="cli">CLI</h2>'),
    'p/1/index.html': '<meta http-equiv="refresh" content="0;url=/guide/rules/">',
    'p/2/index.html': '<meta http-equiv="refresh" content="0;url=/guide/gone/">',
  });

  it('reads the address from the sitemap index', () => {
    assert.equal(siteFromSitemap(dir), 'https://example.org/guide/');
  });

  it('reports each broken link with its page, and nothing else', () => {
    const report = checkSite(dir, 'https://example.org/guide/');
    assert.deepEqual(report.broken, [
      'index.html (a href): /rules/ leads to outside the base path /guide/',
      'index.html (a href): /guide/rules/#nope names #nope, which rules/index.html does not have',
      'index.html (a href): /guide/rules leads to a page without its trailing slash',
      'index.html (img src): /guide/missing.png leads to no such file',
      'index.html (a href): /guide/p/2/ leads to no such page',
      'p/2/index.html (meta http-equiv=refresh): /guide/gone/ leads to no such page',
      'sitemap-0.xml: https://example.org/guide/missing/ leads to no such page',
    ]);
    assert.equal(report.pages, 4);
  });

  it('finds every root-relative link broken when the site is checked at the wrong base', () => {
    const report = checkSite(dir, 'https://example.org/');
    assert.ok(report.broken.some((b) => b.startsWith('index.html (a href): /guide/rules/#cli leads to no such page')), report.broken.join('\n'));
  });
});
