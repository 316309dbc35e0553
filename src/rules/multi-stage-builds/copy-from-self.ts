import { defineRule } from '../define.ts';
import { copyFrom } from '../lib/copy.ts';

export default defineRule({
  id: 'copy-from-self',
  practice: 'multi-stage-builds',
  severity: 'error',
  title: 'A stage cannot COPY --from itself',
  rationale:
    'COPY --from=<stage> inside that same stage asks the builder for files of a stage that is still being built. BuildKit rejects it as a circular dependency. ' +
    'Copy from the earlier stage that produces the files, or copy them from the build context.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nCOPY --from=builder /out/app /app\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\n' }],
  docs: [
    { title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' },
    { title: 'Docker docs: Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/' },
  ],
  sources: [
    { id: 'hadolint:DL3023', match: 'same' },
    { id: 'trivy:DS-0006', match: 'same' },
  ],
  check({ model, report }) {
    if (model.of('COPY').length === 0) return;
    for (const stage of model.stages) {
      if (!stage.name) continue;
      for (const i of stage.instructions) {
        if (i.keyword !== 'COPY') continue;
        const flag = i.flag('from');
        if (!flag) continue;
        const from = copyFrom(i);
        if (!flag || from?.toLowerCase() !== stage.name.toLowerCase()) continue;
        report({ start: flag.start, end: flag.end, instruction: i, message: `Stage "${stage.name}" copies from itself: copy from the stage that builds the files.` });
      }
    }
  },
});
