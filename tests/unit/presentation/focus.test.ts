import assert from 'node:assert/strict';
import { it } from 'node:test';
import { focusSummary } from '../../../src/presentation/findings.ts';

it('says how many findings the focused rule has, in the playground\'s line above the editors', () => {
  const rule = { id: 'missing-user', title: 'Switch to a non-root USER in the final stage' };
  assert.equal(focusSummary(rule, 0), 'The rule missing-user (Switch to a non-root USER in the final stage) finds nothing in these files.');
  assert.equal(focusSummary(rule, 1), 'The rule missing-user (Switch to a non-root USER in the final stage) finds 1 problem, outlined below.');
  assert.equal(focusSummary(rule, 3), 'The rule missing-user (Switch to a non-root USER in the final stage) finds 3 problems, outlined below.');
});
