import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleId, parseMarks, scriptJson, diagnosticsFor } from '../../../src/presentation/spec.ts';
import { locationLabel, summarize } from '../../../src/presentation/findings.ts';
import { fenceFor, reviewMarkdown } from '../../../src/editor/review.ts';
import type { Diagnostic } from '../../../src/engine/types.ts';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  rule: 'add-local-file',
  practice: 'copy-over-add',
  severity: 'warning',
  message: 'app.go is not an archive or a URL: use COPY.',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 4,
  ...over,
});

test('editor ids come from the file path and are safe in a URL hash', () => {
  assert.equal(exampleId('dockerfiles/copy-over-add/before.Dockerfile'), 'copy-over-add-before-dockerfile');
  assert.equal(exampleId('dockerfiles/dockerignore/before.Dockerfile.dockerignore'), 'dockerignore-before-dockerfile-dockerignore');
  assert.equal(exampleId('app_go/.dockerignore'), 'app-go-dockerignore');
});

test("Expressive Code's line markers become line numbers", () => {
  assert.deepEqual(parseMarks('{3,5,10}'), [3, 5, 10]);
  assert.deepEqual(parseMarks('{1,14-15}'), [1, 14, 15]);
  assert.deepEqual(parseMarks(undefined), []);
  assert.deepEqual(parseMarks('title="x" {2-3} ins={9}'), [2, 3, 9]);
});

test('JSON embedded in a <script> cannot close it', () => {
  const json = scriptJson({ text: '</script><script>alert(1)</script><!--' });
  assert.doesNotMatch(json, /<\//);
  assert.doesNotMatch(json, /<!--/);
  assert.deepEqual(JSON.parse(json), { text: '</script><script>alert(1)</script><!--' });
});

test('the summary counts problems by severity, as the aria-live region says them', () => {
  assert.equal(summarize([]), 'No problems');
  assert.equal(summarize([d({}), d({})]), '2 warnings');
  assert.equal(summarize([d({ severity: 'info' }), d({}), d({ severity: 'error' })]), '1 error, 1 warning, 1 info');
});

test('locations', () => {
  assert.equal(locationLabel(d({})), 'Line 3');
  assert.equal(locationLabel(d({ endLine: 5, endColumn: 2 })), 'Lines 3–5');
  assert.equal(locationLabel(d({ endLine: 4, endColumn: 1 })), 'Line 3');
});

test('each editor shows the diagnostics of its own file', () => {
  const all = [d({}), d({ file: 'dockerignore', rule: 'dockerignore-missing-git', practice: 'dockerignore' })];
  assert.deepEqual(diagnosticsFor('dockerfile', all).map((x) => x.rule), ['add-local-file']);
  assert.deepEqual(diagnosticsFor('dockerignore', all).map((x) => x.rule), ['dockerignore-missing-git']);
});

test('"Copy for review" Markdown holds the code, its diagnostics with rule links, and the link', () => {
  const md = reviewMarkdown({
    title: 'Before: ADD for plain local files',
    file: 'examples/dockerfiles/copy-over-add/before.Dockerfile',
    lang: 'dockerfile',
    text: 'FROM a\nADD app.go ./',
    edited: true,
    diagnostics: [d({ line: 2, endLine: 2 })],
    origin: 'https://example.test',
    link: 'https://example.test/practices/copy-over-add/#share=1.x.AA',
  });
  assert.equal(
    md,
    [
      '**Before: ADD for plain local files** (`examples/dockerfiles/copy-over-add/before.Dockerfile`, edited)',
      '',
      '```dockerfile',
      'FROM a',
      'ADD app.go ./',
      '```',
      '',
      '1 warning:',
      '',
      '- Line 2, warning: app.go is not an archive or a URL: use COPY. ([add-local-file](https://example.test/practices/copy-over-add/#add-local-file))',
      '',
      '[Open it in the editor](https://example.test/practices/copy-over-add/#share=1.x.AA)',
      '',
    ].join('\n'),
  );
});

test('the code fence is longer than any backtick run in the code', () => {
  assert.equal(fenceFor('RUN echo `date`'), '```');
  assert.equal(fenceFor('RUN echo ```x``` ````'), '`````');
});
