import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contextSummary, formatBytes, previewContext } from '../../../src/presentation/context-tree.ts';
import { scorecard, scoreSummary } from '../../../src/presentation/scorecard.ts';
import { lint } from '../../../src/linter/index.ts';

const files = [
  { path: 'app.go', size: 6237 },
  { path: 'go.mod', size: 35 },
  { path: 'templates/index.html', size: 984 },
  { path: '.git/HEAD', size: 21 },
  { path: '.git/objects/pack/pack-1.pack', size: 48_300_000 },
  { path: '.env', size: 214 },
  { path: 'node_modules/prettier/index.mjs', size: 1_640_000 },
  { path: 'logs/app.log', size: 5_242_880 },
];

test('without a .dockerignore every file enters the build context', () => {
  const preview = previewContext(files, null);
  assert.equal(preview.excluded.files, 0);
  assert.equal(preview.included.files, files.length);
});

test("app_go's .dockerignore keeps .git, .env, node_modules and logs out, and the sources in", () => {
  const text = readFileSync(new URL('../../../examples/app_go/.dockerignore', import.meta.url), 'utf8');
  const preview = previewContext(files, text);
  const included = preview.entries.filter((e) => e.included).map((e) => e.path);
  assert.deepEqual(included, ['app.go', 'go.mod', 'templates/index.html']);
  assert.equal(contextSummary(preview), '3 files (7.3 KB) enter the build context; 5 files (55 MB) are excluded.');
});

test('an exception brings a file back, as in Docker', () => {
  const preview = previewContext(files, '.env\nlogs\n!logs/app.log\n');
  assert.equal(preview.entries.find((e) => e.path === 'logs/app.log')?.included, true);
  assert.equal(preview.entries.find((e) => e.path === '.env')?.included, false);
});

test('sizes read like docker build output', () => {
  assert.equal(formatBytes(984), '984 B');
  assert.equal(formatBytes(6237), '6.2 KB');
  assert.equal(formatBytes(48_300_000), '48 MB');
});

test('the scorecard has the eleven practices, each passing or with its findings', () => {
  const dockerfile = readFileSync(new URL('../../../examples/dockerfiles/final.Dockerfile', import.meta.url), 'utf8');
  const ignore = readFileSync(new URL('../../../examples/app_go/.dockerignore', import.meta.url), 'utf8');
  const good = scorecard(lint(dockerfile, { dockerignore: ignore }).filter((d) => d.severity !== 'info'));
  assert.equal(good.length, 11);
  assert.equal(scoreSummary(good), '11 of 11 practices pass');
  const bad = scorecard(lint('FROM golang\nADD . /src\nCMD go run .\n', { dockerignore: null }));
  assert.ok(bad.some((l) => l.findings.length > 0 && l.status !== 'Passes'));
  for (const line of bad) for (const f of line.findings) assert.equal(f.practice, line.slug);
  const refused = lint('RUNN x\nRUN y\nFROM alpine:3.21\n', { dockerignore: null });
  assert.match(scoreSummary(scorecard(refused), refused), /^BuildKit refuses this Dockerfile \(2 syntax errors\); \d+ of 11 practices pass$/);
});
