/**
 * Every rule documents itself correctly, and its own examples (the ones the docs show) behave:
 * invalid examples trigger it, valid ones do not, and fix outputs are what the fix produces.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { practiceSlugs } from '../../../src/data/practices.ts';
import { applyFixes } from '../../../src/engine/fix.ts';
import { lintWith } from '../../../src/engine/lint.ts';
import { rules } from '../../../src/rules/index.ts';
import { findings } from './rule-tester.ts';

const peerTools = ['hadolint', 'buildkit', 'dockerfile-utils', 'trivy', 'checkov'];

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('gives every practice at least one rule', () => {
    for (const slug of practiceSlugs) assert.ok(rules.some((r) => r.practice === slug), slug);
  });

  it('names at least 40 peer rules in sources', () => {
    const peers = new Set(rules.flatMap((r) => r.sources.map((s) => s.id)));
    assert.ok(peers.size >= 40, `only ${peers.size}`);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('is documented', () => {
        assert.ok(practiceSlugs.includes(rule.practice));
        assert.ok(['error', 'warning', 'info'].includes(rule.severity));
        assert.ok(rule.title.length > 5 && !rule.title.endsWith('.'), 'title');
        assert.ok(rule.rationale.length > 80, 'rationale is a paragraph');
        assert.ok(rule.invalid.length > 0 && rule.valid.length > 0, 'has invalid and valid examples');
        for (const s of rule.sources) {
          const [tool, id] = s.id.split(':');
          assert.ok(peerTools.includes(tool ?? '') && id, s.id);
          assert.ok(s.match === 'same' || s.match === 'inspired');
        }
      });

      rule.invalid.forEach((example, k) => {
        it(`flags its invalid example ${k + 1}`, () => {
          const got = findings(rule, example);
          assert.ok(got.length > 0, 'no finding');
          if (example.output !== undefined) assert.equal(applyFixes(example.code, got), example.output);
        });
      });

      rule.valid.forEach((example, k) => {
        it(`accepts its valid example ${k + 1}`, () => {
          assert.deepEqual(findings(rule, example).map((d) => d.message), []);
        });
      });

      it('finds nothing in an empty file (only the engine says it is empty)', () => {
        assert.deepEqual(lintWith([rule], '').map((d) => d.rule), ['syntax-error']);
      });
    });
  }
});
