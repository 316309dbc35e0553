import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CSP_HEADER_ONLY, CSP_META, inlineScriptHashes, withScriptHashes } from '../../../src/build/csp.ts';
import { minifyCss } from '../../../src/build/vite-plugin-monaco-css.ts';

test('the policy allows only our own origin and never eval', () => {
  assert.doesNotMatch(CSP_META, /unsafe-eval|https?:|\*/);
  assert.match(CSP_META, /default-src 'self'/);
  assert.match(CSP_META, /object-src 'none'/);
});

test('public/_headers sends the same policy as the <meta>, plus frame-ancestors', () => {
  const headers = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
  const csp = /^\s*Content-Security-Policy:\s*(.*)$/m.exec(headers)?.[1];
  assert.equal(csp, [CSP_META, ...CSP_HEADER_ONLY].join('; '));
});

test('inline script hashes: JavaScript only, not JSON data blocks or external scripts', () => {
  const html = `<script>a()</script><script type="module">b()</script><script type="application/json">{"x":1}</script><script src="/x.js"></script>`;
  const hashes = inlineScriptHashes(html);
  assert.equal(hashes.length, 2);
  for (const h of hashes) assert.match(h, /^'sha256-[A-Za-z0-9+/]+=*'$/);
  assert.equal(withScriptHashes(CSP_META, hashes), CSP_META.replace("script-src 'self' 'unsafe-inline'", `script-src 'self' ${hashes.join(' ')}`));
});

test("Monaco's CSS is minified without changing selectors", () => {
  assert.equal(minifyCss('/* c */ .a  :not(.b) > .c ,\n .d { color : red ; }'), '.a :not(.b)>.c,.d{color : red}');
});
