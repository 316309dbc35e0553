import { defineRule } from '../define.ts';
import { buildCommandIn, displayRef, isToolchain } from '../lib/images.ts';
import { isNotAnAppImage } from '../lib/purpose.ts';

export default defineRule({
  id: 'toolchain-final-stage',
  practice: 'minimal-final-image',
  severity: 'warning',
  title: 'Do not ship a toolchain image',
  rationale:
    'Images such as golang, rust, maven, gradle, gcc or the full node image carry compilers, headers and package managers: hundreds of megabytes the app never uses at run time, and hundreds of packages to patch. ' +
    'Compile in a builder stage and start the final stage from a runtime image: distroless or scratch for a static Go binary, node:22-slim for a Node app.',
  invalid: [
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM golang:1.27-alpine3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
  ],
  valid: [
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n',
    },
    // The image is the toolchain, built for others to build on: it declares no command of its own.
    { code: 'FROM golang:1.27-alpine3.24 AS build\nRUN ./make.bash\n\nFROM golang:1.27-alpine3.24\nCOPY --from=build /target/ /\nWORKDIR /go\n' },
  ],
  docs: [
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
    { title: 'Docker build best practices: Choose the right base image', url: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image' },
  ],
  sources: [],
  check({ model, options, report }) {
    const final = model.finalStage;
    const ref = final?.ref ?? null;
    if (!final || !final.imageWord || !isToolchain(ref) || ref === null) return;
    // The toolchain is what the image runs (CMD ["node"]): it is the product.
    if (isNotAnAppImage(model, final, options)) return;
    // A single stage that builds is single-stage-build's finding; one lesson per mistake.
    if (model.stages.length === 1 && buildCommandIn(final)) return;
    report({
      start: final.imageWord.start,
      end: final.imageWord.end,
      instruction: final.from,
      message: `The final stage is based on ${displayRef(ref)}, a toolchain image: ship the artifact on a runtime image (distroless, scratch, a -slim image) instead.`,
    });
  },
});
