import { ruleTester } from './rule-tester.ts';
import singleStageBuild from '../../../src/rules/multi-stage-builds/single-stage-build.ts';
import finalStageFromBuildStage from '../../../src/rules/multi-stage-builds/final-stage-from-build-stage.ts';
import copyFromStageRoot from '../../../src/rules/multi-stage-builds/copy-from-stage-root.ts';
import copyFromUnknownStage from '../../../src/rules/multi-stage-builds/copy-from-unknown-stage.ts';
import copyFromIndex from '../../../src/rules/multi-stage-builds/copy-from-index.ts';
import copyFromSelf from '../../../src/rules/multi-stage-builds/copy-from-self.ts';
import invalidCopyFrom from '../../../src/rules/multi-stage-builds/invalid-copy-from.ts';
import duplicateStageName from '../../../src/rules/multi-stage-builds/duplicate-stage-name.ts';
import invalidStageName from '../../../src/rules/multi-stage-builds/invalid-stage-name.ts';
import stageNameCasing from '../../../src/rules/multi-stage-builds/stage-name-casing.ts';
import fromAsCasing from '../../../src/rules/multi-stage-builds/from-as-casing.ts';

const GO = 'golang:1.23-alpine3.21';

ruleTester(singleStageBuild, {
  valid: [
    `FROM ${GO} AS builder\nRUN go build -o /out/app .\nFROM alpine:3.21\nCOPY --from=builder /out/app /app\n`,
    'FROM alpine:3.21\nRUN apk add --no-cache curl\n',
    'RUN go build .\n',
    'FROM node:22\nRUN npm run test\n',
  ],
  invalid: [
    { code: `FROM ${GO}\nRUN go build -o /app .\n`, errors: [{ line: 2, column: 5, message: /runs `go build`/ }] },
    { code: 'FROM node:22\nRUN npm ci && npm run build\n', errors: [{ line: 2, column: 15 }] },
    { code: 'FROM maven:3.9\nRUN mvn -B package\n', errors: 1 },
    { code: 'from rust:1.83\nrun cargo build --release\n', errors: 1, name: 'lowercase instructions' },
    { code: 'FROM gcc:14\nRUN make \\\n  && ./configure\n', errors: [{ line: 2, column: 5 }] },
  ],
});

ruleTester(finalStageFromBuildStage, {
  valid: [
    `FROM ${GO} AS builder\nRUN go build .\nFROM alpine:3.21\nCOPY --from=builder /out/app /app\n`,
    'FROM alpine:3.21 AS base\nRUN apk add --no-cache tzdata\nFROM base\n',
    `FROM ${GO} AS builder\nFROM builder AS test\nRUN go test ./...\nFROM scratch\n`,
    // A CI or development target last in the file, or a final stage that runs nothing of its own.
    `FROM ${GO} AS base\nRUN go build ./...\nCMD ["/app"]\nFROM base AS validate\nRUN git diff --exit-code\n`,
    `FROM ${GO} AS build\nRUN go build ./...\nFROM build\n`,
  ],
  invalid: [
    { code: `FROM ${GO} AS builder\nRUN go build -o /out/app .\n\nFROM builder\nENTRYPOINT ["/out/app"]\n`, errors: [{ line: 4, column: 6, endColumn: 13 }] },
    { code: 'FROM alpine:3.21 AS builder\nRUN apk add go && go build .\nFROM builder AS mid\nFROM mid\nCMD ["/app"]\n', errors: 1, name: 'through an intermediate stage' },
    { code: `ARG B=builder\nFROM ${GO} AS builder\nRUN go build .\nFROM \${B}\nCMD ["/app"]\n`, errors: 1, name: 'stage named through a global ARG' },
  ],
});

ruleTester(copyFromStageRoot, {
  valid: [
    'COPY / /\n', 'COPY --from=build /app /\n', 'COPY --from=build / /app\n',
    // The stage installs dependencies and builds nothing: /app, sources included, is what runs.
    'FROM node:22-slim AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nFROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "server/server.js"]\n',
    'FROM python:3.13 AS deps\nWORKDIR /src\nCOPY . .\nRUN pip install --target=/src/vendor -r requirements.txt\nFROM python:3.13-slim\nCOPY --from=deps /src /src\n',
  ],
  invalid: [
    { code: 'COPY --from=build / /\n', errors: [{ line: 1, column: 1 }] },
    { code: 'COPY --from=build "/" "/"\n', errors: 1 },
    {
      code: 'FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-slim\nCOPY --from=build /app /app\n',
      errors: [{ message: /the sources it built from/ }],
      name: 'the stage builds: its source folder holds sources and intermediate files',
    },
    {
      code: 'FROM golang:1.27 AS base\nWORKDIR /src\nCOPY . .\nFROM base AS build\nRUN go build -o /out/app .\nFROM alpine:3.24\nCOPY --from=build /src /src\n',
      errors: 1,
      name: 'the build runs in a stage built on the one that copied the sources',
    },
  ],
});

ruleTester(copyFromUnknownStage, {
  valid: [
    'FROM scratch AS build\nFROM node:22\nCOPY --from=build foo .\n',
    'COPY --from=haskell:9 /bin /bin\n',
    'FROM scratch\nRUN foo\nFROM node:22\nCOPY --from=0 foo .\n',
    'FROM scratch AS Build\nFROM node:22\nCOPY --from=build foo .\n',
    'FROM node:22\nCOPY --from=$STAGE foo .\n',
    'FROM scratch AS a\nFROM node:22\nRUN echo\nONBUILD COPY --from=a x y\n',
  ],
  invalid: [
    { code: 'COPY --from=foo bar .\n', errors: [{ line: 1, column: 6, endColumn: 16, message: /No stage named "foo"/ }] },
    {
      code: 'FROM debian:13-slim\nCOPY --from=templates /redis.yml /pups/redis.yml\n',
      errors: [{ message: 'No stage named "templates" is defined: unless the build passes --build-context templates=..., BuildKit reads --from=templates as the image templates:latest and pulls it, so the build fails if there is no such image and copies from it if there is.' }],
      name: 'the message names the other way such a name works: a named build context',
    },
    { code: 'FROM scratch\nCOPY --from=build foo .\nFROM node:22 AS build\n', errors: [{ line: 2, message: /defined after/ }] },
    { code: 'COPY --from=0 bar .\n', errors: [{ message: /does not point to an earlier stage/ }] },
    { code: 'FROM scratch AS a\nFROM node:22\nCOPY --from=2 x y\n', errors: 1 },
    { code: 'FROM scratch AS a\nFROM node:22\nCOPY \\\n  --from=b \\\n  x y\n', errors: [{ line: 4, column: 3 }], name: 'across continuations' },
  ],
});

ruleTester(copyFromIndex, {
  valid: ['FROM scratch AS a\nFROM node:22\nCOPY --from=a x y\n', 'COPY --from=0 x y\n'],
  invalid: [
    { code: 'FROM scratch AS a\nFROM node:22\nCOPY --from=0 x y\n', errors: [{ line: 3, column: 6 }], output: 'FROM scratch AS a\nFROM node:22\nCOPY --from=a x y\n' },
    { code: 'FROM scratch\nFROM node:22\nCOPY --from=0 x y\n', errors: [{ message: /name stage 0/ }], output: null },
    { code: 'FROM scratch AS "a\nFROM node:22\nCOPY --from=0 x y\n', errors: [{ message: /give stage 0 a valid name/ }], output: null, name: 'no fix to a name BuildKit rejects' },
  ],
});

ruleTester(copyFromSelf, {
  valid: ['FROM scratch AS build\nFROM node:22 AS run\nCOPY --from=build foo .\n'],
  invalid: [
    { code: 'FROM node:22 AS foo\nCOPY --from=foo bar .\n', errors: [{ line: 2, column: 6 }] },
    { code: 'FROM node:22 AS Foo\nCOPY --from=foo bar .\n', errors: 1, name: 'case-insensitive' },
  ],
});

ruleTester(invalidCopyFrom, {
  valid: ['FROM alpine\nCOPY --from . .\n', 'FROM alpine\nCOPY --from=x --from=y . .\n', 'FROM alpine\nCOPY --from=nginx:1.27 /a /b\n', 'COPY --from=${X} a b\n'],
  invalid: [
    { code: 'FROM alpine\nCOPY --from= . .\n', errors: [{ line: 2, column: 6, message: /empty/ }] },
    { code: 'FROM alpine\nCOPY --from=^abc . .\n', errors: 1 },
  ],
});

ruleTester(duplicateStageName, {
  valid: ['FROM scratch AS a\nFROM scratch AS b\n', 'FROM scratch\nFROM scratch\n'],
  invalid: [
    { code: 'FROM node AS foo\nRUN x\nFROM scratch AS foo\n', errors: [{ line: 3, column: 17, endColumn: 20 }] },
    { code: 'FROM node AS setup\nFROM node AS setUP\n', errors: 1 },
    { code: 'FROM node \\\nAS setup\nFROM node \\\nAS setup\n', errors: [{ line: 4, column: 4 }] },
    { code: 'FROM a AS x\nFROM b AS x\nFROM c AS x\n', errors: 2 },
  ],
});

ruleTester(invalidStageName, {
  valid: ['FROM node AS a_lpi-n.e99\n', 'FROM node As setup\n', 'FROM alpine AS \\\n# comment\\\nbuild\n'],
  invalid: [
    { code: 'FROM node AS 1s\n', errors: [{ column: 14 }] },
    { code: 'FROM node AS _s\n', errors: 1 },
    { code: 'FROM node AS a_lpi-n.e,99\n', errors: 1 },
    { code: 'FROM foo:bar AS scratch\n', errors: [{ message: /reserved/ }] },
    { code: 'FROM foo:bar AS context\n', errors: 1 },
  ],
});

ruleTester(stageNameCasing, {
  valid: ['FROM scratch AS base\n', 'from scratch as base\n'],
  invalid: [{ code: 'FROM scratch AS BadStageName\nFROM scratch AS ok\n', errors: [{ line: 1, column: 17 }], output: 'FROM scratch AS badstagename\nFROM scratch AS ok\n' }],
});

ruleTester(fromAsCasing, {
  valid: ['FROM scratch AS base\n', 'from scratch as base\n', 'From scratch as base\n', 'FROM scratch\n'],
  invalid: [
    { code: 'FROM scratch as base\n', errors: [{ column: 14 }], output: 'FROM scratch AS base\n' },
    { code: 'from scratch AS base\n', errors: 1, output: 'from scratch as base\n' },
  ],
});
