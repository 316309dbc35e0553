/**
 * Applying fixes, as a property: on the peer suites' Dockerfiles and on generated ones, with
 * safe fixes and with unsafe ones too, fixing converges, a second run changes nothing, and the
 * fixed file has no syntax problem the original did not have. "Syntax problem" is what
 * dockerfile-ast's parse and dockerfile-utils' validator (both on dockerfile-ast) report:
 * unknown instructions, missing arguments, malformed flags and JSON, counted by kind.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import fc from 'fast-check';
import { LineIndex } from '../../../src/engine/text.ts';
import { fix } from '../../../src/linter/index.ts';
import { dockerfileLike, edit, examples, mutate } from './arbitraries.ts';

const keywords = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/**
 * dockerfile-utils tests a FROM's stage name with /^[a-z]([a-z0-9_\-.]*)*$/, which backtracks
 * exponentially on a long name that ends in another character (`FROM a AS abcdefghijklmnopqrstuvwxyz=`:
 * minutes). A name that fails the linear form of that test is replaced by `_`, which fails it
 * at once with the same diagnostic, so the oracle reports the same problems in bounded time.
 */
function withoutBacktrackingStageNames(text: string): string {
  const document = DockerfileParser.parse(text);
  const lines = new LineIndex(text);
  const offset = (p: { line: number; character: number }) => lines.offsetAt(p.line, p.character);
  let out = text;
  for (const from of [...document.getFROMs()].reverse()) {
    const name = from.getArguments()[2];
    if (name === undefined || /^[a-z][a-z0-9_\-.]*$/.test(name.getValue().toLowerCase())) continue;
    const range = name.getRange();
    out = out.slice(0, offset(range.start)) + '_' + out.slice(offset(range.end));
  }
  return out;
}

/** The syntax problems of a text, counted by kind. */
function syntaxProblems(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const i of DockerfileParser.parse(text).getInstructions()) if (!keywords.has(i.getKeyword())) add(`unknown instruction ${i.getKeyword()}`);
  try {
    for (const d of validate(withoutBacktrackingStageNames(text))) add(`dockerfile-utils ${String(d.code)}`);
  } catch {
    // dockerfile-utils overflows its stack on some token soup (" as --platform=$BUILDPLATFORM").
    add('dockerfile-utils crashed');
  }
  return counts;
}

function check(text: string, dockerignore?: string | null): void {
  const before = syntaxProblems(text);
  for (const unsafe of [false, true]) {
    const options = dockerignore === undefined ? { unsafe } : { unsafe, dockerignore };
    const once = fix(text, options);
    const where = `${unsafe ? '--fix-unsafe' : '--fix'} on ${JSON.stringify(text)} gave ${JSON.stringify(once.text)}`;
    assert.ok(once.converged, `fixes did not converge in ${once.passes} passes: ${where}`);
    assert.ok(once.applied.every((a) => unsafe || a.applicability === 'safe'), `an unsafe fix without --fix-unsafe: ${where}`);
    const twice = fix(once.text, options);
    assert.equal(twice.text, once.text, `a second run changed the text (${twice.applied.map((a) => a.rule).join(', ')}): ${where}`);
    assert.deepEqual(twice.applied, [], where);
    if (once.text === text) continue;
    for (const [kind, n] of syntaxProblems(once.text)) {
      assert.ok(n <= (before.get(kind) ?? 0), `new syntax problem "${kind}": ${where}`);
    }
  }
}

/** Lines that the fixable rules flag, and lines they must work around. */
const lines = [
  'FROM alpine:3.21', 'FROM golang:1.23-alpine3.21 as Builder', 'FROM gcr.io/distroless/static-debian12', 'FROM builder', 'FROM node:latest',
  'ADD app /app/app', 'ADD --chown=1:1 app /app/', 'COPY go.mod go.sum /src', 'COPY --from=0 /out/app /app/app', 'COPY templates/ /app/templates/',
  'RUN chown -R 1001:1001 /app/templates', 'CMD /app/app', 'CMD npm start', 'CMD /app/app --port $PORT', 'ENTRYPOINT /app/app', "ENTRYPOINT ['/app/app']",
  'CMD ["--help"]', 'MAINTAINER team@example.com', 'RUN apk add curl', 'RUN apt-get update && apt-get install -y curl', 'RUN pip install -r requirements.txt',
  'RUN cd /app', 'USER root', 'USER 0', 'USER 1001:1001', 'RUN adduser -D -u 10001 app', 'EXPOSE 8080:3000', 'EXPOSE 3000/TCP', 'WORKDIR /app',
  'LABEL a=b', '# comment', '', 'RUN echo a && \\\n    echo b', 'ONBUILD ADD . /app', 'HEALTHCHECK CMD /app/app -healthcheck', 'SHELL ["/bin/sh", "-c"]',
];
const generated = fc
  .tuple(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([ls, eol, last]) => ls.join(eol) + (last ? eol : ''));

interface PeerCase {
  dockerfile_text: string;
  dockerignore?: string;
}
const peerFile = new URL('../../../../shared/peer-cases/cases.jsonl', import.meta.url);
const peerCases: PeerCase[] = existsSync(peerFile)
  ? readFileSync(peerFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as PeerCase)
  : [];

describe('fixing (property)', () => {
  it('converges, is idempotent and adds no syntax problem on the peer suites\' Dockerfiles', { skip: peerCases.length === 0 && 'the peer cases (../shared/peer-cases) are not on this machine' }, () => {
    for (const c of peerCases) check(c.dockerfile_text, c.dockerignore);
  });

  it('does so on every rule example', () => {
    for (const text of examples) check(text);
  });

  it('does so on a stage name that the oracle would backtrack on (found by the mutation property)', () => {
    check('FROM alpine:3.24 AS addorg.opencoentrypointiscratchrs.image.authors="team@example.com"\nCMD ["/app"]\n');
  });

  it('does so on generated Dockerfiles', () => {
    fc.assert(fc.property(generated, (text) => check(text)), { numRuns: 1500 });
  });

  it('does so on mutated examples and token soup', () => {
    fc.assert(fc.property(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => check(mutate(text, edits))), { numRuns: 500 });
    fc.assert(fc.property(dockerfileLike, (text) => check(text)), { numRuns: 500 });
  });
});
