import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExampleNotFoundError, exampleLang, lookupExample } from '../../src/lib/example-lookup.ts';

const files = new Map([
  ['dockerfiles/multi-stage-builds/before.Dockerfile', 'FROM golang\n'],
  ['dockerfiles/multi-stage-builds/after.Dockerfile', 'FROM golang AS builder\n'],
  ['app_go/.dockerignore', '.git\n'],
]);

test('an existing example file is returned as written', () => {
  assert.equal(lookupExample(files, 'app_go/.dockerignore', '/practices/dockerignore/'), '.git\n');
});

test('a misnamed example fails with the file, the page and the closest existing file', () => {
  assert.throws(
    () => lookupExample(files, 'dockerfiles/multi-stage-builds/afterr.Dockerfile', '/practices/multi-stage-builds/'),
    (error: unknown) =>
      error instanceof ExampleNotFoundError &&
      error.message ===
        'Page /practices/multi-stage-builds/ uses example file "examples/dockerfiles/multi-stage-builds/afterr.Dockerfile", which does not exist.' +
          ' Did you mean "examples/dockerfiles/multi-stage-builds/after.Dockerfile"?',
  );
});

test('a missing example with no close match still names the file and the page', () => {
  assert.throws(
    () => lookupExample(files, 'nothing/like/this.txt', '/walkthrough/'),
    /Page \/walkthrough\/ uses example file "examples\/nothing\/like\/this.txt", which does not exist\. Example files live under examples\//,
  );
});

test('example files are highlighted in their own language', () => {
  assert.equal(exampleLang('dockerfiles/final.Dockerfile'), 'dockerfile');
  assert.equal(exampleLang('dockerfiles/dockerignore/before.Dockerfile.dockerignore'), 'txt');
  assert.equal(exampleLang('app_go/app.go'), 'go');
  assert.equal(exampleLang('app_go/templates/index.html'), 'html');
});
