/** Every link to a rule is built by one module, so the pages, the editor and the CLI agree. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INTERNAL_ERROR } from '../../../src/linter/index.ts';
import { ruleHref, ruleUrl, RULES_PATH } from '../../../src/presentation/urls.ts';

describe('rule URLs', () => {
  it('point at the rule anchor on its practice page', () => {
    assert.equal(ruleHref({ rule: 'latest-tag', practice: 'pinned-base-images' }), '/practices/pinned-base-images/#latest-tag');
  });

  it('are absolute for output read outside the site, with any site URL', () => {
    assert.equal(
      ruleUrl({ rule: 'add-local-file', practice: 'copy-over-add' }, 'https://example.org/guide/'),
      'https://example.org/guide/practices/copy-over-add/#add-local-file',
    );
  });

  it('send an internal error to the rules index', () => {
    assert.equal(ruleHref({ rule: INTERNAL_ERROR, practice: 'multi-stage-builds' }), RULES_PATH);
  });
});
