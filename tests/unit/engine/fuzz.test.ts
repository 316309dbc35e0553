/**
 * Property-based tests: random and mutated Dockerfiles never make lint() throw or a rule fail,
 * and every reported range lies inside the text it refers to.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../../src/linter/index.ts';
import { LineIndex } from '../../../src/engine/text.ts';
import { dockerfileLike, edit, examples, ignoreLike, mutate } from './arbitraries.ts';

function check(text: string, dockerignore?: string | null): void {
  const out = lint(text, dockerignore === undefined ? {} : { dockerignore });
  const internal = out.filter((d) => d.rule === 'internal-error');
  assert.deepEqual(internal.map((d) => d.message), [], `internal error on ${JSON.stringify(text)}`);
  for (const d of out) {
    const target = d.file === 'dockerignore' ? (dockerignore ?? '') : text;
    const lines = new LineIndex(target);
    const width = (line: number) => lines.lineEnd(line - 1) - (lines.starts[line - 1] ?? 0) + 1;
    const where = `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} in ${JSON.stringify(target)}`;
    assert.ok(d.line >= 1 && d.line <= lines.lineCount, where);
    assert.ok(d.endLine >= d.line && d.endLine <= lines.lineCount, where);
    assert.ok(d.column >= 1 && d.column <= width(d.line), where);
    assert.ok(d.endColumn >= 1 && d.endColumn <= width(d.endLine), where);
    assert.ok(d.endLine > d.line || d.endColumn >= d.column, where);
    for (const e of d.fix?.edits ?? []) assert.ok(e.line >= 1 && e.line <= lines.lineCount && e.column <= width(e.line), where);
  }
}

describe('fuzzing', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 400 });
  });

  it('never throws on Dockerfile-like token soup, with and without a .dockerignore', () => {
    fc.assert(fc.property(dockerfileLike, fc.option(ignoreLike, { nil: undefined }), (s, ignore) => check(s, ignore)), { numRuns: 1500 });
  });

  it('never throws on mutated examples', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.constantFrom(undefined, null, '.git\n', '[\n!*.key'), (text, edits, ignore) =>
        check(mutate(text, edits), ignore),
      ),
      { numRuns: 1500 },
    );
  });

  it("never fails on the names of Object.prototype's properties, wherever a word stands", () => {
    // Tables keyed by an image, program or package name must not find `constructor` in any file.
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const templates = [
      'FROM %\nRUN % install %\nCMD ["%"]\n',
      'FROM %:1.0 AS %\nCOPY --from=% % %\nUSER %\nWORKDIR %\nEXPOSE %\nENTRYPOINT %\n',
      'FROM alpine@%:0123456789abcdef0123456789abcdef\nARG %=%\nENV %=%\nRUN --mount=type=cache,%=%,target=/% % build %\n',
      'FROM python:3.12\nRUN apt-get install -y % && pip install % && npm run %\nHEALTHCHECK CMD %\nSHELL ["%", "-c"]\nSTOPSIGNAL %\n',
    ];
    for (const name of names) {
      for (const t of templates) check(t.replaceAll('%', name), `${name}\n!${name}\n`);
      for (const text of examples) {
        for (const word of new Set(text.match(/[A-Za-z_][\w-]*/g))) check(text.replaceAll(word, name), '.git\n');
      }
    }
  });
});
