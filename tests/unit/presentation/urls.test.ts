/** Every link to a rule is built by one module, so the pages, the editor and the CLI agree. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeBase, normalizeSiteUrl } from '../../../src/data/site.ts';
import { INTERNAL_ERROR, MISPLACED_DIRECTIVE, SYNTAX_ERROR } from '../../../src/linter/index.ts';
import { absolute, ruleHref, ruleUrl, RULES_PATH, sitePath } from '../../../src/presentation/urls.ts';

describe('rule URLs', () => {
  it('point at the rule anchor on its practice page', () => {
    assert.equal(ruleHref({ rule: 'latest-tag', practice: 'pinned-base-images' }), '/practices/pinned-base-images/#latest-tag');
  });

  it('are absolute for output read outside the site, with any site URL', () => {
    assert.equal(
      ruleUrl({ rule: 'add-local-file', practice: 'copy-over-add' }, 'https://example.org/guide/'),
      'https://example.org/guide/practices/copy-over-add/#add-local-file',
    );
    assert.equal(ruleUrl({ rule: 'add-local-file', practice: 'copy-over-add' }, 'https://example.org'), 'https://example.org/practices/copy-over-add/#add-local-file');
  });

  it('send an internal error to the rules index', () => {
    assert.equal(ruleHref({ rule: INTERNAL_ERROR, practice: 'multi-stage-builds' }), RULES_PATH);
  });

  it('send syntax errors and misplaced directives, which belong to no practice, to their section of the rules index', () => {
    for (const rule of [SYNTAX_ERROR, MISPLACED_DIRECTIVE]) {
      assert.equal(ruleHref({ rule, practice: null }), '/rules/#syntax-errors');
      assert.equal(ruleHref({ rule, practice: null }, '/guide/'), '/guide/rules/#syntax-errors');
    }
    assert.equal(ruleHref({ rule: 'anything', practice: null }), RULES_PATH);
  });

  it('go under the base path the site is published at', () => {
    const base = '/dockerfile-practices/';
    assert.equal(ruleHref({ rule: 'latest-tag', practice: 'pinned-base-images' }, base), '/dockerfile-practices/practices/pinned-base-images/#latest-tag');
    assert.equal(ruleHref({ rule: INTERNAL_ERROR, practice: 'multi-stage-builds' }, base), '/dockerfile-practices/rules/');
  });
});

describe('site paths', () => {
  it('put a route under the base, however the base is written', () => {
    for (const base of ['/', '']) assert.equal(sitePath('/rules/#cli', base), '/rules/#cli');
    for (const base of ['/guide/', '/guide', 'guide', 'guide/']) assert.equal(sitePath('/rules/#cli', base), '/guide/rules/#cli');
    assert.equal(sitePath('/', '/guide/'), '/guide/');
  });

  it('are made absolute under the site address, base path included', () => {
    assert.equal(absolute('/walkthrough/', 'https://example.github.io/repo/'), 'https://example.github.io/repo/walkthrough/');
    assert.equal(absolute('/walkthrough/', 'https://example.github.io/repo'), 'https://example.github.io/repo/walkthrough/');
  });

  it('default to the published address without the environment (plain Node has no import.meta.env)', () => {
    assert.equal(sitePath('/rules/'), `${normalizeBase(process.env.BASE_PATH ?? '/')}rules/`);
  });

  it('normalize the environment values: one slash each side of the base, none after the origin', () => {
    assert.equal(normalizeBase('//a/b//'), '/a/b/');
    assert.equal(normalizeBase(' '), '/');
    assert.equal(normalizeSiteUrl('https://example.org///'), 'https://example.org');
  });
});
