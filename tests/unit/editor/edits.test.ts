import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import fc from 'fast-check';
import { minimalEdit } from '../../../src/editor/edits.ts';
import { fixable, fixAllEdits } from '../../../src/editor/fixes.ts';
import { applyEdits, applyFixes, fix, lint } from '../../../src/linter/index.ts';
import { practices } from '../../../src/data/practices.ts';

test('minimalEdit turns one text into another (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', 'é') }), fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', 'é') }), (a, b) => {
      const edit = minimalEdit(a, b);
      assert.equal(edit === null, a === b);
      assert.equal(applyEdits(a, edit ? [edit] : []), b);
    }),
    { numRuns: 500 },
  );
});

test('minimalEdit keeps the common prefix and suffix', () => {
  assert.deepEqual(minimalEdit('ADD a ./\nRUN x\n', 'COPY a ./\nRUN x\n'), { line: 1, column: 1, endLine: 1, endColumn: 4, text: 'COPY' });
});

const appIgnore = readFileSync(new URL('../../../examples/app_go/.dockerignore', import.meta.url), 'utf8');

for (const p of practices) {
  const file = new URL(`../../../examples/dockerfiles/${p.slug}/before.Dockerfile`, import.meta.url);
  test(`"Fix all" on ${p.slug}/before.Dockerfile gives exactly the engine's safe fixes, and each quick fix its own`, () => {
    const text = readFileSync(file, 'utf8');
    const ignorePath = new URL(`${file.href}.dockerignore`);
    const dockerignore = existsSync(ignorePath) ? readFileSync(ignorePath, 'utf8') : appIgnore;
    const diagnostics = lint(text, { dockerignore });
    const all = fixAllEdits(text, (t) => lint(t, { dockerignore }));
    assert.equal(applyEdits(text, all.edits), fix(text, { dockerignore }).text);
    assert.ok(all.result.applied.every((a) => a.applicability === 'safe'));
    for (const d of fixable(diagnostics)) {
      assert.equal(applyEdits(text, d.fix!.edits), applyFixes(text, [d]), `${d.rule} quick fix`);
    }
  });
}
