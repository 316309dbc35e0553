/**
 * What an image is for (src/rules/lib/purpose.ts): the one reading that the rules about the
 * final image (missing-user, single-stage-build, missing-expose, build-tools-in-final-stage ...)
 * share, so a tool, test or dev image is recognised the same way by each of them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../../src/engine/model.ts';
import { isNonProductionFile, isNotAnAppImage, purposeOf, type Purpose } from '../../../src/rules/lib/purpose.ts';

function purpose(text: string): Purpose {
  const model = buildModel(text);
  const final = model.finalStage;
  assert.ok(final);
  return purposeOf(model, final);
}

describe('purposeOf', () => {
  const cases: [string, Purpose, string][] = [
    ['FROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["/app"]\n', 'app', 'a program of the file'],
    ['FROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["tini", "--", "/app"]\n', 'app', 'tini starting the app'],
    ['FROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["--help"]\n', 'cli', 'its default run prints the usage'],
    ['FROM alpine:3.24\nONBUILD COPY . /src\n', 'base', 'ONBUILD triggers'],
    ['FROM debian:13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends make\n', 'base', 'no CMD or ENTRYPOINT: the base image\'s shell'],
    ['FROM alpine:3.24 AS release\nCMD ["/app"]\nFROM release\nRUN apk add --no-cache curl\n', 'app', 'the start comes from the stage it is built on'],
    ['FROM node:24\nCOPY . .\nCMD ["npm", "run", "dev"]\n', 'dev', 'a development server'],
    ['FROM python:3.13\nCOPY . .\nCMD ["pytest", "-q"]\n', 'test', 'a test run'],
    ['FROM golang:1.27\nCOPY . /src\nCMD cd /src && make test\n', 'test', 'a test run after cd'],
    ['FROM ubuntu:24.04\nCMD ["/bin/bash"]\n', 'tool', 'a bare shell'],
    ['FROM python:3.13-alpine\nCOPY app.py /app/\nENTRYPOINT ["python3"]\nCMD ["/app/app.py"]\n', 'app', 'the interpreter runs a script of the file'],
    ['FROM python:3.13-alpine\nCMD ["python3"]\n', 'tool', 'the interpreter\'s prompt'],
    ['FROM docker:29-dind\nENTRYPOINT ["dockerd-entrypoint.sh"]\nCMD []\n', 'tool', 'a Docker daemon'],
    ['FROM alpine:3.24\nRUN apk add --no-cache git\nENTRYPOINT ["git", "daemon"]\n', 'tool', 'a git server'],
    ['FROM debian:13-slim\nENTRYPOINT ["tini", "--"]\n', 'tool', 'a wrapper with nothing to start'],
    ['FROM debian:13-slim\nENTRYPOINT ["/bin/tcsh", "-c"]\n', 'tool', 'a shell that runs what docker run names'],
    ['FROM debian:13-slim\nRUN apt-get install -y gcc fp-compiler default-jdk\nCMD ["/srv/judge"]\n', 'code-runner', 'compilers of three languages'],
    ['FROM debian:13-slim\nCOPY . /app\nWORKDIR /app\nENTRYPOINT ["make", "verify-all"]\n', 'tool', 'a build or check run through make'],
    ['FROM debian:13-slim\nCOPY . /app\nWORKDIR /app\nCMD ["make", "run"]\n', 'app', 'make run starts the service'],
  ];
  for (const [text, expected, why] of cases) it(`${expected}: ${why}`, () => assert.equal(purpose(text), expected));
  it('reads each stage of a file on its own, once', () => {
    const model = buildModel('FROM golang:1.27 AS test\nCMD ["go", "test", "./..."]\nFROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["/app"]\n');
    assert.equal(purposeOf(model, model.stages[0]!), 'test');
    assert.equal(purposeOf(model, model.stages[1]!), 'app');
    assert.equal(purposeOf(model, model.stages[0]!), 'test');
  });
});

describe('isNotAnAppImage', () => {
  it('counts a command-line app as an app', () => {
    const model = buildModel('FROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["--help"]\n');
    assert.equal(isNotAnAppImage(model, model.finalStage!, {}), false);
  });
  it('weighs a target named for debugging apart from what it runs', () => {
    const model = buildModel('FROM alpine:3.24 AS release\nCMD ["/app"]\nFROM release AS debug\nRUN apk add --no-cache strace\n');
    assert.equal(purposeOf(model, model.finalStage!), 'app');
    assert.equal(isNotAnAppImage(model, model.finalStage!, {}), true);
  });
});

describe('isNonProductionFile', () => {
  const cases: [string, boolean][] = [
    ['Dockerfile.test', true],
    ['docker/ci.Dockerfile', true],
    ['Dockerfile.e2e', true],
    ['.devcontainer/Dockerfile', true],
    ['Dockerfile', false],
    ['Dockerfile.prod', false],
    // Dockerfile.dev often builds the app and runs it as a server for development.
    ['Dockerfile.dev', false],
    // A folder named ci/ may hold the services a pipeline's tests talk to.
    ['ci/Dockerfile', false],
    ['services/latest/Dockerfile', false],
  ];
  for (const [path, expected] of cases) it(`${path}: ${expected}`, () => assert.equal(isNonProductionFile(path), expected));
  it('answers for each file in turn (it keeps the last answer)', () => {
    assert.deepEqual(['Dockerfile.test', 'Dockerfile', 'Dockerfile', 'Dockerfile.test'].map(isNonProductionFile), [true, false, false, true]);
  });
  it('reads a file name it is given, and nothing when there is none', () => {
    const model = buildModel('FROM alpine:3.24\nCOPY app /app\nENTRYPOINT ["/app"]\n');
    assert.equal(isNotAnAppImage(model, model.finalStage!, { path: 'Dockerfile.test' }), true);
    assert.equal(isNotAnAppImage(model, model.finalStage!, {}), false);
  });
});
