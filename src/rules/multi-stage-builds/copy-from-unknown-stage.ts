import { defineRule } from '../define.ts';
import { copyFrom } from '../lib/copy.ts';
import { parseImage } from '../../engine/image.ts';
import { hasVariable } from '../../engine/words.ts';

export default defineRule({
  id: 'copy-from-unknown-stage',
  practice: 'multi-stage-builds',
  severity: 'warning',
  title: 'COPY --from must name an earlier stage',
  rationale:
    'COPY --from=<name> looks for a stage of that name defined earlier in the file. When there is none, BuildKit does not fail: it treats the name as an image and pulls <name>:latest from Docker Hub. ' +
    'A typo in a stage name, or a stage defined below the COPY, therefore copies files from an unrelated, unpinned image. A numeric --from must point to an earlier stage too.',
  invalid: [
    { code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.21\nCOPY --from=buidler /out/app /app/app\n' },
    { code: 'FROM alpine:3.21\nCOPY --from=build /out/app /app/app\n\nFROM golang:1.23-alpine3.21 AS build\nRUN go build -o /out/app .\n' },
  ],
  valid: [
    { code: 'FROM golang:1.23-alpine3.21 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.21\nCOPY --from=builder /out/app /app/app\n' },
    { code: 'FROM alpine:3.21\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' },
    { title: 'Docker docs: Multi-stage builds, name your build stages', url: 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages' },
  ],
  sources: [{ id: 'hadolint:DL3022', match: 'same' }],
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const i of stage.instructions) {
        if (i.keyword !== 'COPY' || !i.flag('from')) continue;
        const from = copyFrom(i);
        if (from === undefined || from === '' || hasVariable(i.flag('from')?.value ?? '', i.escape)) continue;
        const flag = i.flag('from');
        const at = { start: flag?.start ?? i.keywordStart, end: flag?.end ?? i.keywordEnd, instruction: i };
        if (/^\d+$/.test(from)) {
          if (Number(from) >= stage.index) {
            report({ ...at, message: `--from=${from} does not point to an earlier stage: this is stage ${stage.index}, so only 0 to ${stage.index - 1} exist above it.` });
          }
          continue;
        }
        // The first stage named so is the earliest: if it is not above this COPY, none is.
        const named = model.stageNamed(from);
        if ((named && named.index < stage.index) || stage.name?.toLowerCase() === from.toLowerCase()) continue;
        if (/[:/@]/.test(from) || parseImage(from).error !== null) continue;
        report({
          ...at,
          message: named
            ? `Stage "${named.name}" is defined after this COPY, so --from=${from} pulls the image ${from}:latest instead: move the stage above.`
            : `No stage named "${from}" is defined above, so BuildKit pulls the image ${from}:latest from Docker Hub instead.`,
        });
      }
    }
  },
});
