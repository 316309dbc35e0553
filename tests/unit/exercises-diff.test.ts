/** "Compare with the solution": the line diff and the markup the browser shows. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineDiff } from '../../src/exercises/diff.ts';
import { checkItems, checksSummary, diffMarkup } from '../../src/exercises/markup.ts';

describe('lineDiff', () => {
  it('keeps common lines and marks what only one side has', () => {
    const mine = 'FROM a\nUSER app\nEXPOSE 3000\n';
    const solution = 'FROM a\nUSER 1001:1001\nEXPOSE 3000\n';
    assert.deepEqual(lineDiff(mine, solution), [
      { kind: ' ', text: 'FROM a' },
      { kind: '-', text: 'USER app' },
      { kind: '+', text: 'USER 1001:1001' },
      { kind: ' ', text: 'EXPOSE 3000' },
    ]);
  });

  it('says when the texts are the same', () => {
    assert.match(diffMarkup(lineDiff('FROM a\n', 'FROM a\n')), /the same as the solution/);
  });
});

describe('checks markup', () => {
  it('escapes text taken from the learner\'s file and says pass or fail in words', () => {
    const html = checkItems([{ label: 'USER is numeric', passed: false, look: 'Line 1: USER <b>' }]);
    assert.match(html, /Fails: /);
    assert.match(html, /USER &#60;b&#62;/);
    assert.doesNotMatch(html, /<b>/);
  });

  it('counts the passing checks', () => {
    assert.equal(checksSummary([{ label: 'a', passed: true, look: null }, { label: 'b', passed: false, look: 'x' }]), '1 of 2 checks pass.');
    assert.match(checksSummary([{ label: 'a', passed: true, look: null }]), /exercise done/);
  });
});
