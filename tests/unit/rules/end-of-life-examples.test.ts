/**
 * The site's examples stay on supported images: every Dockerfile under examples/ is linted with
 * end-of-life-image on the day the tests run. When a release cycle reaches its end of life, this
 * test fails and names the example, the image and the row of src/data/end-of-life.ts behind it:
 * move the example to a supported image, or, if endoflife.date has moved the date, update the row.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { endOfLifeSource } from '../../../src/data/end-of-life.ts';
import { buildModel } from '../../../src/engine/model.ts';
import { lintWith, today } from '../../../src/linter/index.ts';
import { hasEnded, taggedCycles } from '../../../src/rules/lib/image-tags.ts';
import rule from '../../../src/rules/pinned-base-images/end-of-life-image.ts';
import { filesUnder } from '../files.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = filesUnder(join(root, 'examples'), /Dockerfile$/);
const now = today();

/** The rows of the table behind the ended cycles on a line: "go 1.23 (eol 2025-08-12, https://endoflife.date/go)". */
function rowsAt(text: string, line: number): string[] {
  const model = buildModel(text, undefined);
  return model.stages
    .filter((s) => s.from && s.ref && model.lines.lineOf(s.from.keywordStart) === line - 1)
    .flatMap((s) => taggedCycles(s.ref!))
    .filter((t) => hasEnded(t.cycle, now))
    .map((t) => `${t.product.product} ${t.cycle.cycle} (eol ${t.cycle.eol}, ${t.product.url})`);
}

describe(`examples on ${now}`, () => {
  it('finds the examples', () => {
    assert.ok(examples.length > 0, 'no Dockerfile under examples/');
  });

  it('use no image that src/data/end-of-life.ts marks end-of-life', () => {
    const problems: string[] = [];
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      const findings = lintWith([rule], text, { now }).filter((f) => f.rule === rule.id);
      for (const line of new Set(findings.map((d) => d.line))) {
        // The rule reports a line's ended cycles in the order rowsAt lists them: one row per finding.
        const rows = rowsAt(text, line);
        findings.filter((d) => d.line === line).forEach((d, k) => problems.push(`${relative(root, file)}:${line}: row ${rows[k] ?? '?'}\n    ${d.message}`));
      }
    }
    assert.deepEqual(
      problems,
      [],
      `${problems.length} end-of-life finding(s) in the examples on ${now}. Move each example to a supported image; ` +
        `if endoflife.date gives a later date, update the row (copied from ${endOfLifeSource.repo} at ${endOfLifeSource.commit.slice(0, 7)}, as of ${endOfLifeSource.asOf}) and asOf.\n` +
        problems.join('\n'),
    );
  });
});
