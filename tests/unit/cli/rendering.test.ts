/**
 * The CLI renders each file's findings as the file is linted (Rendering), in every format: what
 * it prints must be what rendering all the results at the end prints.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { addJsonRows, RuleUrls, toJson, type FileResult } from '../../../src/cli/format.ts';
import { LINT_FORMATS, render, Rendering } from '../../../src/cli/formats/index.ts';
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
    it(`prints the empty ${format} output for no results`, () => {
      assert.equal(new Rendering(format, site, false).finish(), render(format, [], site, false));
    });
  }
});
