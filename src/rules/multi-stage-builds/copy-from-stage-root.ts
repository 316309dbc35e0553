import { defineRule } from '../define.ts';
import { copyArgs, copyFrom } from '../lib/copy.ts';

export default defineRule({
  id: 'copy-from-stage-root',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'Copy the artifact, not the whole stage',
  rationale:
    'COPY --from=builder / / copies the builder\'s entire filesystem (toolchain, caches, source) over the final stage, which undoes the point of a separate stage. ' +
    'Copy only the files the image runs: the binary, its assets, perhaps CA certificates.',
  invalid: [{ code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=builder / /\n' }],
  valid: [{ code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=builder /out/app /app\n' }],
  docs: [
    { title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' },
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
  ],
  sources: [{ id: 'hadolint:DL3067', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('COPY')) {
      if (!i.flag('from')) continue;
      const from = copyFrom(i);
      if (!from) continue;
      const { sources, dest } = copyArgs(i);
      if (!dest || sources.length !== 1 || sources[0]?.value !== '/' || dest.value !== '/') continue;
      report({ start: i.keywordStart, end: dest.end, instruction: i, message: `This copies the whole filesystem of "${from}" into the image: copy only the artifact (for example /out/app).` });
    }
  },
});
