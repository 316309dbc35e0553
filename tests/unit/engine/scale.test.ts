/**
 * Time grows linearly with file size: a file 8 times larger takes less than 24 times as long
 * (quadratic work would take about 64 times). A generous bound, so a busy machine (other test
 * files run in parallel) does not fail it, that still catches an n² step. Both shapes that were once quadratic: one RUN continued over
 * every line, and many stages of ordinary instructions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../../src/linter/index.ts';
import { singleRunDockerfile, stagesDockerfile } from '../../../bench/big.ts';

function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('scale', () => {
  for (const [name, make] of [
    ['one RUN continued over every line', singleRunDockerfile],
    ['22 stages', (bytes: number) => stagesDockerfile(bytes, 22)],
  ] as const) {
    it(`${name}: 2 MB takes less than 24 times as long as 256 KB`, () => {
      const small = make(256_000);
      const large = make(2_048_000);
      fastest(small, 2); // warm up
      const a = fastest(small, 5);
      const b = fastest(large, 2);
      assert.ok(b < 24 * a, `256 KB ${a.toFixed(0)} ms, 2 MB ${b.toFixed(0)} ms: ${(b / a).toFixed(1)}x`);
    });
  }
});
