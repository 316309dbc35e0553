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
import finalStageBuildPlatform from '../../../src/rules/multi-stage-builds/final-stage-build-platform.ts';

const GO = 'golang:1.23-alpine3.21';

ruleTester(singleStageBuild, {
  valid: [
    `FROM ${GO} AS builder\nRUN go build -o /out/app .\nFROM alpine:3.21\nCOPY --from=builder /out/app /app\n`,
    'FROM alpine:3.21\nRUN apk add --no-cache curl\n',
    'RUN go build .\n',
    'FROM node:22\nRUN npm run test\n',
    // A test image: it builds the test dependencies and runs the tests on mounted sources (astacus).
    'FROM fedora:34\nRUN dnf install -y sudo make\nADD Makefile /build/\nRUN cd /build && make build-dep-fedora\nCMD cd /src && make test\n',
    // A CI toolchain image: published tools installed, nothing of the project copied, nothing started.
    'FROM rust:1.92.0-slim\nRUN cargo install --locked cargo-audit@0.20.1 cargo-tarpaulin@0.31.2\nRUN rustup component add rustfmt clippy\nWORKDIR /workspace\n',
    // An SSH workstation: people log in and use the toolchain, and what it builds in place are their tools.
    'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y build-essential git nodejs npm openssh-server\nRUN git clone https://github.com/x/mcp.git /root/mcp && cd /root/mcp && npm install && npm run build\nEXPOSE 22\nCMD ["/usr/sbin/sshd", "-D"]\n',
  ],
  invalid: [
    { code: 'FROM rust:1.92\nWORKDIR /app\nCOPY . .\nRUN cargo install --path .\n', errors: 1, name: 'the project itself is copied and installed: its toolchain ships with it' },
    { code: `FROM ${GO}\nRUN go build -o /app .\n`, errors: [{ line: 2, column: 5, message: /runs `go build`/ }] },
    { code: 'FROM node:22\nRUN npm ci && npm run build\n', errors: [{ line: 2, column: 15 }] },
    { code: 'FROM maven:3.9\nRUN mvn -B package\n', errors: 1 },
    { code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y nodejs npm openssh-server\nCOPY . /app\nRUN cd /app && npm ci && npm run build\nCMD ["/bin/sh", "-c", "/usr/sbin/sshd && node /app/server.js"]\n', errors: 1, name: 'sshd beside the app: the app is what runs' },
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
    {
      code: 'FROM node:22 AS base\nWORKDIR /app\nFROM base AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM base AS runner\nCOPY --from=deps /app/node_modules ./node_modules\nCMD ["node", "server.js"]\n',
      errors: [{ line: 6, message: /built FROM base, so it ships the whole toolchain/ }],
      name: 'a toolchain image reached through a stage alias',
    },
    { code: `ARG B=builder\nFROM ${GO} AS builder\nRUN go build .\nFROM \${B}\nCMD ["/app"]\n`, errors: 1, name: 'stage named through a global ARG' },
  ],
});

ruleTester(copyFromStageRoot, {
  valid: [
    'COPY / /\n', 'COPY --from=build /app /\n', 'COPY --from=build / /app\n',
    // A runtime flattened into one layer: the stage installs and configures, it builds nothing.
    'FROM alpine:3.15 AS site\nRUN apk add --no-cache nginx php7-fpm git && git clone https://example.org/site.git /var/www/html && apk del git\nCOPY entrypoint.sh /\n\nFROM scratch\nCOPY --from=site / /\nENTRYPOINT ["/entrypoint.sh"]\n',
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
    { code: 'FROM node AS 1s\n', errors: [{ column: 14, severity: 'error', message: /^invalid name for build stage: "1s", name can't start with a number or contain symbols/ }] },
    { code: 'FROM node AS _s\n', errors: 1 },
    { code: 'FROM node AS a_lpi-n.e,99\n', errors: 1 },
    { code: 'FROM foo:bar AS scratch\n', errors: [{ severity: 'warning', message: "'scratch' is reserved (the empty image) and should not be used as a stage name: pick another one." }], name: 'a reserved name is a warning: BuildKit still builds' },
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

ruleTester(finalStageBuildPlatform, {
  valid: [
    // The builder cross-compiles on the build platform; the final stage is pulled for the target.
    'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nRUN go build -o /app .\nFROM alpine:3.24\nCOPY --from=build /app /app\nCMD ["/app"]\n',
    'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nRUN go build -o /app .\nFROM --platform=$TARGETPLATFORM alpine:3.24\nCOPY --from=build /app /app\nCMD ["/app"]\n',
    // A literal platform is a choice (and BuildKit's FromPlatformFlagConstDisallowed is about it).
    'FROM --platform=linux/amd64 alpine:3.24\nCMD ["/app"]\n',
    // Runs nothing: an export stage for --output.
    'FROM --platform=$BUILDPLATFORM node:22 AS build\nRUN npm run build\nFROM --platform=$BUILDPLATFORM scratch\nCOPY --from=build /dist /\n',
    // scratch brings no programs: the binary copied in was cross-compiled for the target.
    'FROM --platform=$BUILDPLATFORM golang:1.27 AS build\nARG TARGETARCH\nRUN GOARCH=$TARGETARCH go build -o /app .\nFROM --platform=$BUILDPLATFORM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
    // A development target runs where it is built.
    'FROM --platform=$BUILDPLATFORM python:3.13 AS builder\nCMD ["python3", "app.py"]\nFROM builder AS dev-envs\nRUN apt-get install -y git\n',
    // Only the final stage: an earlier stage that runs something is not the image.
    'FROM --platform=$BUILDPLATFORM node:22 AS tools\nCMD ["node"]\nFROM alpine:3.24\nCMD ["/app"]\n',
    // The command is an ONBUILD trigger: it belongs to the child image.
    'FROM --platform=$BUILDPLATFORM alpine:3.24\nONBUILD CMD ["/app"]\n',
    // A target ARG makes the platform the target's ($BUILDPLATFORM is only the fallback).
    'FROM --platform=${TARGETPLATFORM:-$BUILDPLATFORM} alpine:3.24\nCMD ["/app"]\n',
  ],
  invalid: [
    {
      name: 'a single stage that runs its app on the build platform',
      code: 'FROM --platform=$BUILDPLATFORM node:17-alpine\nWORKDIR /usr/src/app\nCOPY . .\nCMD [ "node", "app.js" ]\n',
      errors: [
        {
          line: 1,
          column: 6,
          endColumn: 31,
          message:
            'The final stage uses --platform=$BUILDPLATFORM, so node:17-alpine is pulled for the machine that builds, not for the platform requested: on a cross-platform build the image\'s CMD (line 4) runs programs of the wrong architecture and fails with "exec format error". Drop --platform here (or use $TARGETPLATFORM); keep $BUILDPLATFORM on the stages that compile.',
        },
      ],
      output: 'FROM node:17-alpine\nWORKDIR /usr/src/app\nCOPY . .\nCMD [ "node", "app.js" ]\n',
      applicability: 'unsafe',
    },
    {
      name: 'braces, and the flag on its own continuation line',
      code: 'FROM --platform=${BUILDPLATFORM} golang:1.27 AS build\nRUN go build -o /app .\nFROM \\\n  --platform=${BUILDPLATFORM} \\\n  alpine:3.24\nENTRYPOINT ["/app"]\n',
      errors: [{ line: 4, column: 3, message: /uses --platform=\$\{BUILDPLATFORM\}, so alpine:3.24 is pulled .* the image's ENTRYPOINT \(line 6\)/ }],
      output: 'FROM --platform=${BUILDPLATFORM} golang:1.27 AS build\nRUN go build -o /app .\nFROM \\\n  \\\n  alpine:3.24\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'the builder OS and architecture',
      code: 'FROM --platform=$BUILDOS/$BUILDARCH alpine:3.24\nCMD ["/app"]\n',
      errors: 1,
    },
    {
      name: 'inherited through a base stage: reported there, with no fix (the base also serves other stages)',
      code: 'FROM --platform=$BUILDPLATFORM python:3.13-alpine AS base\nRUN pip install mitmproxy\nFROM base AS release\nCMD ["mitmproxy"]\n',
      errors: [{ line: 1, column: 6, message: /^The final stage is built FROM stage "base", which uses --platform=\$BUILDPLATFORM, so python:3.13-alpine is pulled .* CMD \(line 4\).* Start the final stage from a stage or image without --platform=\$BUILDPLATFORM\.$/ }],
      output: null,
    },
    {
      name: 'the command comes from the base stage',
      code: 'FROM --platform=$BUILDPLATFORM alpine:3.24 AS base\nENTRYPOINT ["/app"]\nFROM base\nCOPY app /app\n',
      errors: [{ line: 1, message: /ENTRYPOINT \(line 2\)/ }],
    },
  ],
});
