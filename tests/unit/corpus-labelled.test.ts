/**
 * The labelled sample of findings on held-out real Dockerfiles (tests/corpus/labelled.json, see
 * bench/precision.ts): every finding judged right is still reported (no true finding is lost),
 * every finding judged wrong and fixed stays gone, and a wrong one still reported is marked
 * "open", so the file tells the truth about what is left.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpus, fires, labels } from '../../bench/precision.ts';

describe('labelled findings on real Dockerfiles', () => {
  it('labels only held-out files, each with a reason', () => {
    for (const l of labels) {
      assert.ok(corpus.find((e) => e.file === l.file)?.heldOut, `${l.file} is held out`);
      assert.ok(l.reason.length > 10, `${l.file}:${l.line} ${l.rule} has a reason`);
    }
  });
  for (const l of labels) {
    const name = `${l.file}:${l.line} ${l.rule} (${l.verdict}${l.open ? ', open' : ''}): ${l.reason}`;
    it(name, () => {
      if (l.verdict === 'right') assert.ok(fires(l), 'a right finding is still reported');
      else assert.equal(fires(l), l.open === true, l.open ? 'an open wrong finding: fixed? then drop "open"' : 'a fixed wrong finding stays gone');
    });
  }
});
