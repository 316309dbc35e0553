/**
 * The CLI renders each file's findings as the file is linted (Rendering), in every format: what
 * it prints must be what rendering all the results at the end prints.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { addJsonRows, jsonString, RuleUrls, toJson, type FileResult } from '../../../src/cli/format.ts';
import { LINT_FORMATS, Pieces, render, Rendering } from '../../../src/cli/formats/index.ts';
import { lint } from '../../../src/linter/index.ts';

const examples = fileURLToPath(new URL('../../../examples/dockerfiles/', import.meta.url));
const site = 'https://example.org/guide/';

/** Results of the example Dockerfiles, half of them sharing one .dockerignore, with texts (for the fingerprints). */
function results(): FileResult[] {
  const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.Dockerfile')).sort();
  assert.ok(files.length > 10);
  return files.map((f, k) => {
    const text = readFileSync(join(examples, f), 'utf8');
    const dockerignoreText = k % 2 === 0 ? '.git\n' : null;
    const dockerignore = k % 2 === 0 ? 'shared/.dockerignore' : null;
    return { file: f, dockerignore, diagnostics: lint(text, { dockerignore: dockerignoreText ?? undefined, now: '2026-12-07' }), text, dockerignoreText };
  });
}

describe('cli: rendering a file at a time', () => {
  const all = results();

  it('writes each JSON row as JSON.stringify writes the finding toJson gives', () => {
    const odd: FileResult = {
      file: 'dir/"quoted"\\name\u2028.Dockerfile',
      dockerignore: 'dir/.dockerignore',
      diagnostics: [
        { rule: 'internal-error', practice: null, severity: 'warning', message: 'Internal error: "x"\n\ttab \u0000 \ud83d', line: 1, column: 1, endLine: 1, endColumn: 1 },
        { rule: 'internal-error', practice: 'non-root-user', severity: 'warning', message: 'é', line: 2, column: 3, endLine: 4, endColumn: 5 },
        { rule: 'dockerignore-missing-git', practice: 'dockerignore', severity: 'info', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, file: 'dockerignore' },
      ],
    };
    const rows: string[] = [];
    const urls = new RuleUrls(site);
    for (const r of [...all, odd]) addJsonRows(rows, r, urls);
    assert.ok(all.some((r) => r.diagnostics.some((d) => d.fix)), 'some finding has a fix');
    assert.deepEqual(rows, toJson([...all, odd], site).map((d) => `  ${JSON.stringify(d)}`));
  });

  for (const format of LINT_FORMATS) {
    for (const color of format === 'text' ? [false, true] : [false]) {
      it(`prints what rendering every result at the end prints, as ${format}${color ? ' in colour' : ''}`, () => {
        const rendering = new Rendering(format, site, color);
        for (const r of all) rendering.add(r);
        assert.equal(rendering.finish(), render(format, all, site, color));
      });
    }
    // SARIF and GitLab render the whole run at the end: only the others keep text in Pieces.
    if (format !== 'sarif' && format !== 'gitlab') {
      it(`prints the same for output long enough to be joined in chunks, as ${format}`, () => {
        // Enough copies of the examples' findings for several chunks of Pieces.
        const many = Array.from({ length: 100 }, (_, k) => all.map((r) => ({ ...r, file: `copy-${k}/${r.file}` }))).flat();
        const rendering = new Rendering(format, site, false);
        for (const r of many) rendering.add(r);
        const expected = render(format, many, site, false);
        assert.ok(expected.length > 3 * 2 ** 14, String(expected.length));
        assert.equal(rendering.finish(), expected);
      });
    }
    it(`prints the empty ${format} output for no results`, () => {
      assert.equal(new Rendering(format, site, false).finish(), render(format, [], site, false));
    });
  }

  it('quotes a string as JSON.stringify does', () => {
    for (const s of ['', 'plain', 'a "quote"', 'back\\slash', 'tab\t', '\u0000\u001f\u007f', '\u2028\u2029', 'é 😀', '\ud83d', 'x\ude00y', '\ude00\ud83d']) {
      assert.equal(jsonString(s), JSON.stringify(s), JSON.stringify(s));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => jsonString(s) === JSON.stringify(s)), { numRuns: 1000 });
  });

  it('joins pieces with their separator, across chunks and at their edges', () => {
    for (const sizes of [[], [0], [3, 0, 5], [2 ** 14 - 1, 1, 2], [2 ** 14, 2 ** 14], [7, 2 ** 15, 0, 9]]) {
      const pieces = sizes.map((n, k) => String.fromCharCode(97 + k).repeat(n));
      const joined = new Pieces(',\n');
      for (const p of pieces) joined.push(p);
      assert.equal(joined.empty, pieces.length === 0);
      assert.equal(joined.join(), pieces.join(',\n'), sizes.join(' '));
    }
  });
});
