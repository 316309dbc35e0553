/** How fixes are worded: the rule pages' "Fix: safe", the unsafe label, and what "Fix all" says. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAllSummary, fixSafetyLabel, fixTitle } from '../../../src/presentation/findings.ts';

describe('fix wording', () => {
  it('labels a rule\'s fix by its safety', () => {
    assert.equal(fixSafetyLabel('safe'), 'Fix: safe');
    assert.equal(fixSafetyLabel('unsafe'), 'Fix: unsafe');
  });

  it('marks an unsafe fix where it is offered', () => {
    assert.equal(fixTitle({ title: 'Replace ADD with COPY', applicability: 'safe' }), 'Replace ADD with COPY');
    assert.equal(fixTitle({ title: 'Add USER 1001:1001 to the final stage', applicability: 'unsafe' }), 'Add USER 1001:1001 to the final stage (unsafe)');
  });

  it('says what "Fix all" applied and how many unsafe fixes it left', () => {
    assert.equal(fixAllSummary(3, 1), 'Applied 3 fixes; 1 unsafe fix left (apply it from its problem).');
    assert.equal(fixAllSummary(1, 0), 'Applied 1 fix.');
    assert.equal(fixAllSummary(0, 2), 'No safe fix to apply; 2 unsafe fixes left (apply them from their problems).');
  });
});
