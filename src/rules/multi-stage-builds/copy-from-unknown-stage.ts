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
    'COPY --from=<name> takes a build context passed with --build-context <name>=..., else a stage of that name, else an image. A name that is neither is read as an image reference: buidler means docker.io/library/buidler:latest, which BuildKit pulls. ' +
    'So a typo in a stage name does not say "no such stage": the build fails on the pull when no such image exists, and copies files from an unrelated, unpinned image when one does. ' +
    'BuildKit finds a stage defined below the COPY too, but the legacy builder only looks above and pulls the image instead, and readers expect the stage above; a numeric --from should point to an earlier stage as well.',
  invalid: [
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=buidler /out/app /app/app\n' },
    { code: 'FROM alpine:3.24\nCOPY --from=build /out/app /app/app\n\nFROM golang:1.27-alpine3.24 AS build\nRUN go build -o /out/app .\n' },
  ],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\n' },
    { code: 'FROM alpine:3.24\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' },
    { title: 'Docker docs: Multi-stage builds, name your build stages', url: 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages' },
  ],
  sources: [{ id: 'hadolint:DL3022', match: 'same' }],
  check({ model, report }) {
    if (model.of('COPY').length === 0) return;
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
            ? `Stage "${named.name}" is defined after this COPY: BuildKit still finds it, but the legacy builder pulls the image ${from}:latest instead. Move the stage above.`
            : `No stage named "${from}" is defined: unless the build passes --build-context ${from}=..., BuildKit reads --from=${from} as the image ${from}:latest and pulls it, so the build fails if there is no such image and copies from it if there is.`,
        });
      }
    }
  },
});
