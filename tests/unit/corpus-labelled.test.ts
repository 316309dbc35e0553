/**
 * The hand-judged findings on real Dockerfiles (see bench/precision.ts): the tuning sample
 * (tests/corpus/labelled.json, held-out files of tests/corpus/real) and two fresh draws
 * (tests/corpus/fresh-labelled.json, seeded random draws on tests/corpus/fresh) and a third on a
 * corpus of its own (tests/corpus/fresh3-labelled.json on tests/corpus/fresh3), a fourth on another
 * (tests/corpus/fresh4-labelled.json on tests/corpus/fresh4), a fifth on another
 * (tests/corpus/fresh5-labelled.json on tests/corpus/fresh5), a sixth on another
 * (tests/corpus/fresh6-labelled.json on tests/corpus/fresh6), a seventh on another
 * (tests/corpus/fresh7-labelled.json on tests/corpus/fresh7), with a second draw on it in the same file, and an eighth on
 * another (tests/corpus/fresh8-labelled.json on tests/corpus/fresh8). Every finding
 * judged right is still reported (no true finding is lost), every finding judged wrong and fixed
 * stays gone, and a wrong one still reported is marked "open", so the files tell the truth about
 * what is left.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryOf, fires, labels, type LabelSet } from '../../bench/precision.ts';

const sets: Record<LabelSet, { name: string; size: number }> = {
  tuning: { name: 'tuning sample', size: 100 },
  fresh: { name: 'fresh sample', size: 100 },
  'fresh-2': { name: 'second fresh draw', size: 40 },
  'fresh-3': { name: 'third fresh draw', size: 100 },
  // 100 drawn; two share a file, line and rule, so one label holds both.
  'fresh-4': { name: 'fourth fresh draw', size: 99 },
  'fresh-5': { name: 'fifth fresh draw', size: 100 },
  'fresh-6': { name: 'sixth fresh draw', size: 100 },
  'fresh-7': { name: 'seventh fresh draw', size: 100 },
  'fresh-7b': { name: 'seventh corpus, second draw', size: 74 },
  'fresh-8': { name: 'eighth fresh draw', size: 100 },
};

for (const set of ['tuning', 'fresh', 'fresh-2', 'fresh-3', 'fresh-4', 'fresh-5', 'fresh-6', 'fresh-7', 'fresh-7b', 'fresh-8'] as const) {
  const mine = labels.filter((l) => l.set === set);
  describe(`labelled findings on real Dockerfiles: ${sets[set].name}`, () => {
    it('labels only held-out files, each with a verdict and a reason', () => {
      assert.ok(mine.length >= sets[set].size, `${mine.length} labels`);
      for (const l of mine) {
        assert.ok(entryOf(l).heldOut, `${l.file} is held out`);
        assert.ok(l.verdict === 'right' || l.verdict === 'wrong', `${l.file}:${l.line} ${l.rule} has a verdict`);
        assert.ok(l.reason.length > 10, `${l.file}:${l.line} ${l.rule} has a reason`);
        assert.ok(l.message === undefined || l.verdict === 'wrong', 'only a wrong finding names a false message');
      }
    });
    if (set !== 'tuning') {
      it('holds each drawn finding once, in one draw only', () => {
        const keys = labels.filter((l) => l.set !== 'tuning').map((l) => `${l.file}:${l.in ?? ''}:${l.line}:${l.rule}`);
        assert.equal(new Set(keys).size, keys.length);
      });
    }
    for (const l of mine) {
      const name = `${l.file}:${l.line} ${l.rule} (${l.verdict}${l.open ? ', open' : ''}): ${l.reason}`;
      it(name, () => {
        if (l.verdict === 'right') assert.ok(fires(l), 'a right finding is still reported');
        else assert.equal(fires(l), l.open === true, l.open ? 'an open wrong finding: fixed? then drop "open"' : 'a fixed wrong finding stays gone');
      });
    }
  });
}
