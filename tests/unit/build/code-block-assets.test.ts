/**
 * Expressive Code's stylesheet and script: once each, in the head, wherever the build put them
 * (src/build/code-block-assets.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoistCodeBlockAssets } from '../../../src/build/code-block-assets.ts';

const link = (base = '/') => `<link rel="stylesheet" href="${base}_astro/ec.w36nc.css">`;
const script = (base = '/') => `<script type="module" src="${base}_astro/ec.0vx5m.js"></script>`;
const block = (base = '/') => `<div class="expressive-code">${link(base)}${script(base)}<figure class="frame"><pre><code>FROM alpine</code></pre></figure></div>`;

describe('code-block assets', () => {
  it('moves the stylesheet and the script that two parts of a page each carried to its head, once each', () => {
    const page = `<html><head><title>t</title></head><body><main>${block()}<p>text</p>${block()}</main></body></html>`;
    assert.equal(
      hoistCodeBlockAssets(page),
      `<html><head><title>t</title>${link()}${script()}</head><body><main><div class="expressive-code"><figure class="frame"><pre><code>FROM alpine</code></pre></figure></div><p>text</p><div class="expressive-code"><figure class="frame"><pre><code>FROM alpine</code></pre></figure></div></main></body></html>`,
    );
  });

  it('keeps the base path of a site built under one, and is idempotent', () => {
    const once = hoistCodeBlockAssets(`<html><head></head><body>${block('/dockerfile-practices/')}</body></html>`);
    assert.ok(once.startsWith(`<html><head>${link('/dockerfile-practices/')}${script('/dockerfile-practices/')}</head>`), once);
    assert.equal(hoistCodeBlockAssets(once), once);
  });

  it('leaves a page without code blocks, and other stylesheets and scripts, as they are', () => {
    const page = '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/loader.js"></script><p>ec. in text</p></body></html>';
    assert.equal(hoistCodeBlockAssets(page), page);
  });
});
