import { test } from 'node:test';
import assert from 'node:assert/strict';
import postcss from 'postcss';
import { NO_SCRIPT_LIGHT, noScriptLightSelector, noScriptLightTheme } from '../../../src/build/postcss-no-script-theme.ts';

test('light-theme selectors on the root hold whatever theme the root has', () => {
  assert.equal(noScriptLightSelector(":root[data-theme='light']"), ':root[data-theme]');
  assert.equal(noScriptLightSelector('[data-theme=light] ::backdrop'), '[data-theme] ::backdrop');
  assert.equal(noScriptLightSelector('html[data-theme="light"]'), 'html[data-theme]');
  assert.equal(noScriptLightSelector('[data-theme=light]:root'), '[data-theme]:root');
  assert.equal(
    noScriptLightSelector(":root[data-theme='light'] .expressive-code:not([data-theme='dark'])"),
    ":root[data-theme] .expressive-code:not([data-theme='dark'])",
  );
  assert.equal(
    noScriptLightSelector(":root:not([data-theme='dark']) .expressive-code .ec-line"),
    ':root:not([data-theme=no-script]) .expressive-code .ec-line',
  );
});

test('dark, per-element and theme-free selectors are not copied', () => {
  assert.equal(noScriptLightSelector('[data-theme=dark] .dark\\:sl-hidden'), null);
  assert.equal(noScriptLightSelector(".expressive-code[data-theme='light']"), null);
  assert.equal(noScriptLightSelector('.live-hint'), null);
  assert.equal(noScriptLightSelector(':root'), null);
});

test('the copy follows its rule, inside the same layer and media, for the light selectors only', async () => {
  const css = `@layer starlight.core{:root{--c:black}:root[data-theme='light'],[data-theme=dark] x{--c:white}}
@media (min-width:50em){[data-theme=light] .a{color:red}}
@keyframes k{from{color:red}}`;
  const out = (await postcss([noScriptLightTheme()]).process(css, { from: undefined })).css;
  assert.equal(
    out,
    `@layer starlight.core{:root{--c:black}:root[data-theme='light'],[data-theme=dark] x{--c:white}@media ${NO_SCRIPT_LIGHT}{:root[data-theme]{--c:white}}}
@media (min-width:50em){[data-theme=light] .a{color:red}@media ${NO_SCRIPT_LIGHT}{[data-theme] .a{color:red}}}
@keyframes k{from{color:red}}`,
  );
  // Running it twice adds nothing new: the copies have no light selector left.
  assert.equal((await postcss([noScriptLightTheme()]).process(out, { from: undefined })).css, out);
});
