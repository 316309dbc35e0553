import { defineRule } from '../define.ts';
import { isBuildStage } from '../lib/images.ts';
import { isNotAnAppImage } from '../lib/purpose.ts';

export default defineRule({
  id: 'final-stage-from-build-stage',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'Do not base the final stage on the builder',
  rationale:
    'FROM builder starts the final stage from every layer of the builder: the toolchain, the module cache, the source. The image is as big as a single-stage build, and the separate stage only adds complexity. ' +
    'Start the final stage from a small runtime image (alpine, distroless, scratch) and COPY --from=builder only the artifact.',
  invalid: [
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM builder AS final\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  valid: [
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24 AS final\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
    // A development-environment target, last in the file: the toolchain is what it is for.
    {
      code: 'FROM node:22 AS development\nCOPY . /code\nRUN npm ci && npm run build\nCMD ["node", "src/index.js"]\n\nFROM development AS dev-envs\nRUN apt-get update && apt-get install -y --no-install-recommends git\n',
    },
  ],
  docs: [
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
    { title: 'Docker build best practices: Use multi-stage builds', url: 'https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds' },
  ],
  sources: [],
  check({ model, options, report }) {
    const final = model.finalStage;
    if (!final?.base || !final.imageWord || !isBuildStage(final.base)) return;
    // A development or CI target (FROM development AS dev-envs, FROM base AS validate) or a stage
    // that runs nothing of its own is no app image: the toolchain is what it is for.
    if (isNotAnAppImage(model, final, options)) return;
    report({
      start: final.imageWord.start,
      end: final.imageWord.end,
      instruction: final.from,
      message: `The final stage is built FROM ${final.base.name ?? 'the build stage'}, so it ships the whole toolchain: start it from a small runtime image and COPY --from=${final.base.name ?? final.base.index} only the artifact.`,
    });
  },
});
