import assert from 'node:assert/strict';
import { it } from 'node:test';
import { topLayerBackdrops } from '../../../src/build/postcss-backdrop-of-top-layer.ts';

it('names the dialogs and popovers a bare ::backdrop is for, and leaves other selectors alone', () => {
  assert.deepEqual(topLayerBackdrops('::backdrop'), ['dialog::backdrop', '[popover]::backdrop']);
  assert.deepEqual(topLayerBackdrops('[data-theme=light] ::backdrop'), ['[data-theme=light] dialog::backdrop', '[data-theme=light] [popover]::backdrop']);
  assert.deepEqual(topLayerBackdrops('site-search dialog::backdrop'), ['site-search dialog::backdrop']);
  assert.deepEqual(topLayerBackdrops('.sl-markdown-content a'), ['.sl-markdown-content a']);
});
