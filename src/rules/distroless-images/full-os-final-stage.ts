import { defineRule } from '../define.ts';
import { displayRef, isFullOs, rootRef } from '../lib/images.ts';
import { toolchainIsProduct } from '../lib/toolchain.ts';

export default defineRule({
  id: 'full-os-final-stage',
  practice: 'distroless-images',
  severity: 'info',
  title: 'Consider a distroless or scratch runtime image',
  rationale:
    'Debian, Ubuntu and even Alpine ship a shell, a package manager and dozens of packages the app never calls, each one more thing to scan and patch. ' +
    'A static Go binary needs nothing but itself (and CA certificates): gcr.io/distroless/static-debian12:nonroot or scratch. A glibc binary runs on distroless/base-debian12. Keep a full OS when the app really shells out or needs OS packages.',
  invalid: [{ code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM debian:12-slim\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  valid: [{ code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' }],
  docs: [
    { title: 'Distroless container images', url: 'https://github.com/GoogleContainerTools/distroless' },
    { title: 'Docker build best practices: Choose the right base image', url: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image' },
  ],
  sources: [],
  check({ model, report }) {
    const final = model.finalStage;
    // A shell or interpreter image (CMD ["php", "-a"]) needs the OS it runs on.
    if (!final?.from || toolchainIsProduct(model, final)) return;
    const ref = rootRef(model, final);
    if (!isFullOs(ref) || ref === null) return;
    const w = final.imageWord;
    report({
      start: w?.start ?? final.from.keywordStart,
      end: w?.end ?? final.from.keywordEnd,
      instruction: final.from,
      message: `The final image is based on ${displayRef(ref)}, a full OS with a shell and package manager: if the app needs neither, use gcr.io/distroless/static-debian12:nonroot or scratch.`,
    });
  },
});
