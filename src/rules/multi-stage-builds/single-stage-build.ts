import { defineRule } from '../define.ts';
import { buildCommandIn } from '../lib/images.ts';
import { commandText } from '../lib/commands.ts';
import { copiesFromContext } from '../lib/context.ts';
import { isNonProductionFile, purposeOf } from '../lib/purpose.ts';
import { buildDepsRemovedInRun } from '../lib/toolchain.ts';

export default defineRule({
  id: 'single-stage-build',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'Build in a separate stage',
  rationale:
    'A Dockerfile with one stage ships whatever it needed to build: the compiler, the package caches, the source and the intermediate files. ' +
    'A builder stage (FROM golang:1.27-alpine AS builder) compiles, and a second, small stage receives only the artifact with COPY --from=builder. ' +
    'BuildKit never ships a stage the final stage does not copy from, so the toolchain stays out of the image. ' +
    'Quiet where the image is no app\'s runtime, so the tools are the product: a toolchain or CI image that installs published tools (cargo install cargo-audit), copies nothing of the project and starts nothing, an image whose command is a shell, an interpreter, a compiler or an SSH server people log into (CMD ["sshd", "-D"]), a test image whose command runs the tests (CMD cd /src && make test), a development image (npm run dev), a code runner that installs compilers of three languages, and a file whose name says it builds a test or CI image (Dockerfile.test) or a development container.',
  invalid: [
    {
      code: 'FROM golang:1.27-alpine3.24\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/app .\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  valid: [
    // The build dependencies leave in the same RUN that installed them.
    { code: 'FROM alpine:3.24\nRUN apk add --no-cache --virtual .build-deps gcc make musl-dev \\\n && make -C /usr/src/app install \\\n && apk del --no-network .build-deps\nCMD ["app"]\n' },
    // The compiler is the product: an image others build with.
    { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc make && rm -rf /var/lib/apt/lists/*\nRUN make -C /usr/src/tool install\nCMD ["gcc"]\n' },
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  docs: [
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
    { title: 'Docker build best practices: Use multi-stage builds', url: 'https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds' },
  ],
  sources: [],
  check({ model, options, report }) {
    if (model.stages.length !== 1) return;
    const stage = model.stages[0];
    if (!stage?.from) return;
    const build = buildCommandIn(stage);
    if (!build) return;
    // The RUN removes its toolchain before the layer is written.
    if (buildDepsRemovedInRun(build)) return;
    // The toolchain is what the image is for (a shell, interpreter or compiler image, a test
    // run, a dev server, a code runner): there is no app's runtime to move to a final stage.
    const purpose = purposeOf(model, stage);
    if (purpose === 'tool' || purpose === 'test' || purpose === 'dev' || purpose === 'code-runner') return;
    // Dockerfile.test, .devcontainer/Dockerfile: an image for a developer or a check, never shipped.
    if (isNonProductionFile(options.path)) return;
    // Nothing from the project is copied in and nothing is started: a toolchain or CI image that
    // installs published tools (cargo install cargo-audit), with no app to move to a final stage.
    const installsTools = (build.name === 'cargo' || build.name === 'go') && build.args[0]?.value === 'install' && !build.args.some((a) => a.value === '--path');
    if (installsTools && purpose === 'base' && !copiesFromContext(model)) return;
    report({
      start: build.program.start,
      end: build.end,
      instruction: build.instruction,
      message: `This single stage runs \`${commandText(build)}\` and ships its toolchain with the app: build in a stage named "builder" and COPY --from=builder only the artifact into a small final stage.`,
    });
  },
});
