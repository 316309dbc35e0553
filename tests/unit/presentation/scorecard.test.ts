import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../../src/linter/index.ts';
import { notApplicable } from '../../../src/linter/applies.ts';
import { scorecard, scoreSummary } from '../../../src/presentation/scorecard.ts';
import { scorecardItems } from '../../../src/presentation/markup.ts';

const example = (path: string) => readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');

/** The scorecard the playground shows for a Dockerfile and its .dockerignore. */
function card(dockerfile: string, dockerignore: string | null = example('app_go/.dockerignore')) {
  const diagnostics = lint(dockerfile, { dockerignore });
  return { lines: scorecard(diagnostics, notApplicable(dockerfile, dockerignore)), diagnostics };
}

const status = (lines: ReturnType<typeof card>['lines'], slug: string) => lines.find((l) => l.slug === slug)?.status;

test('the scorecard has the eleven practices, each passing or with its findings', () => {
  const good = card(example('dockerfiles/final.Dockerfile'));
  assert.equal(good.lines.length, 11);
  assert.deepEqual(good.lines.filter((l) => l.notApplicable !== null), [], 'every practice has something to check in the final Dockerfile');
  const errorsAndWarnings = scorecard(good.diagnostics.filter((d) => d.severity !== 'info'));
  assert.equal(scoreSummary(errorsAndWarnings), '11 of 11 practices pass');
  const bad = card('FROM golang\nADD . /src\nCMD go run .\n', null);
  assert.ok(bad.lines.some((l) => l.findings.length > 0 && l.status !== 'Passes'));
  for (const line of bad.lines) for (const f of line.findings) assert.equal(f.practice, line.slug);
  const refused = card('RUNN x\nRUN y\nFROM alpine:3.21\n', null);
  assert.match(scoreSummary(refused.lines, refused.diagnostics), /^BuildKit refuses this Dockerfile \(2 syntax errors\); \d+ of \d+ practices (that apply )?pass/);
});

test('a single-stage node:latest app does not "pass" multi-stage builds or distroless: they do not apply', () => {
  const { lines } = card('FROM node:latest\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n');
  const multi = lines.find((l) => l.slug === 'multi-stage-builds')!;
  assert.equal(multi.status, 'Does not apply');
  assert.equal(multi.notApplicable, 'One stage (FROM node:latest) and no build step such as go build or npm run build: there is no artifact to build in one stage and copy into another.');
  assert.equal(status(lines, 'distroless-images'), 'Does not apply');
  assert.match(lines.find((l) => l.slug === 'distroless-images')!.notApplicable!, /^One stage, built on node:latest, which is neither a plain OS image/);
  assert.equal(status(lines, 'dependency-caching'), 'Does not apply');
  // What is there to check, is checked: the tag, the user, the full node image in the final stage.
  for (const slug of ['pinned-base-images', 'non-root-user', 'minimal-final-image']) assert.notEqual(status(lines, slug), 'Does not apply', slug);
  assert.ok(lines.find((l) => l.slug === 'pinned-base-images')!.findings.length > 0);
  assert.equal(status(lines, 'signal-handling'), 'Passes');
  assert.equal(scoreSummary(lines), `${lines.filter((l) => l.status === 'Passes').length} of 8 practices that apply pass (3 do not apply)`);
});

test('the distroless checks judge a runtime stage chosen in a multi-stage build, whatever its base', () => {
  const slim = card('FROM golang:1.27 AS builder\nCOPY . .\nRUN go build -o /out/app .\n\nFROM node:22-slim\nCOPY --from=builder /out/app /app\nCMD ["/app"]\n');
  assert.equal(status(slim.lines, 'distroless-images'), 'Passes');
  const alpine = card('FROM golang:1.27 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app\nCMD ["/app"]\n');
  assert.ok(alpine.lines.find((l) => l.slug === 'distroless-images')!.findings.some((d) => d.rule === 'full-os-final-stage'));
});

test('a final stage FROM an earlier stage is judged by the image that stage starts from', () => {
  // The write-up's Dockerfile: the final stage is FROM builder, so it is a golang image.
  const original = card(example('dockerfiles/original.Dockerfile'));
  const distroless = original.lines.find((l) => l.slug === 'distroless-images')!;
  assert.equal(distroless.status, 'Does not apply');
  assert.equal(
    distroless.notApplicable,
    'The final stage is built FROM builder, which starts FROM golang:1.27-alpine3.24@sha256:…, an image that is neither a plain OS image (Debian, Ubuntu, Alpine …) nor distroless or scratch: the distroless checks judge a runtime stage on one of those.',
  );
  assert.match(status(original.lines, 'multi-stage-builds')!, /warning/);

  // FROM base, base FROM node:22-slim, and nothing built: one image, as a single stage would be.
  const alias = card('FROM node:22-slim AS base\nWORKDIR /app\nCOPY . .\n\nFROM base\nUSER node\nCMD ["node", "server.js"]\n');
  assert.equal(
    alias.lines.find((l) => l.slug === 'multi-stage-builds')!.notApplicable,
    'The final stage is built FROM base, which starts FROM node:22-slim, and no build step such as go build or npm run build: there is no artifact to build in one stage and copy into another.',
  );
  assert.equal(status(alias.lines, 'distroless-images'), 'Does not apply');

  // A chain onto a plain OS or onto distroless is what the distroless checks judge.
  assert.equal(notApplicable('FROM alpine:3.24 AS base\nRUN apk add --no-cache curl\nFROM base\nCMD ["curl"]\n', '').has('distroless-images'), false);
  assert.equal(notApplicable('FROM gcr.io/distroless/static-debian13:debug AS base\nFROM base\nCOPY app /app\n', '').has('distroless-images'), false);
  // A stage besides the chain is another image built: multi-stage builds apply.
  assert.equal(notApplicable('FROM node:22-slim AS test\nRUN npm test\nFROM node:22-slim AS base\nFROM base\nCMD ["node", "server.js"]\n', '').has('multi-stage-builds'), false);
});

test('a practice with a finding applies, whatever else the file lacks', () => {
  // One stage that builds with go: the multi-stage rule has something to say.
  const { lines } = card('FROM golang:1.27\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n');
  assert.notEqual(status(lines, 'multi-stage-builds'), 'Does not apply');
  assert.ok(lines.find((l) => l.slug === 'multi-stage-builds')!.findings.length > 0);
});

test('each practice that has nothing to look at says why, in terms of the file', () => {
  const reasons = notApplicable('FROM scratch\n');
  assert.deepEqual([...reasons.keys()].sort(), [
    'copy-over-add',
    'dependency-caching',
    'dockerignore',
    'efficient-layering',
    'expose-ports',
    'multi-stage-builds',
    'pinned-base-images',
    'signal-handling',
  ]);
  assert.equal(reasons.get('pinned-base-images'), 'Every stage starts FROM scratch or an earlier stage: there is no base image to pin.');
  assert.equal(reasons.get('copy-over-add'), 'No COPY or ADD: nothing is copied into the image.');
  assert.equal(reasons.get('dockerignore'), 'The build context is not known, so there is no .dockerignore to judge.');
  // scratch is what the distroless practice recommends: it applies, and the user rules do too.
  assert.equal(reasons.has('distroless-images'), false);
  assert.equal(reasons.has('non-root-user'), false);
  // A base image given in an ARG cannot be judged here, so its pinning applies.
  assert.equal(notApplicable('ARG BASE=alpine:3.21\nFROM $BASE\n', null).has('pinned-base-images'), false);
  // Without FROM there is no image at all; the .dockerignore is still judged.
  const none = notApplicable('# nothing yet\n', '');
  assert.equal(none.size, 10);
  assert.equal(none.has('dockerignore'), false);
});

test('the scorecard markup shows the reason of a practice that does not apply', () => {
  const { lines } = card('FROM node:latest\nCOPY . .\nCMD ["node", "server.js"]\n');
  const html = scorecardItems(lines);
  assert.match(html, /data-practice="multi-stage-builds" data-passes="false" data-state="not-applicable"><a [^>]+>1\. Multi-stage builds<\/a> <span class="scorecard__status">Does not apply<\/span><p class="scorecard__reason">One stage \(FROM node:latest\)/);
});
