import { defineRule } from '../define.ts';
import { copyFrom } from '../lib/copy.ts';
import { isReservedStageName, isValidStageName } from '../lib/stages.ts';

export default defineRule({
  id: 'copy-from-index',
  practice: 'multi-stage-builds',
  severity: 'warning',
  fix: 'safe',
  title: 'Refer to stages by name, not by number',
  rationale:
    'COPY --from=0 copies from the first stage of the file. Insert a stage above it, or reorder two stages, and the same line silently copies from a different stage. ' +
    'Name each stage (FROM ... AS builder) and write COPY --from=builder: the name survives edits and tells the reader what is copied from where.',
  invalid: [
    {
      code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=0 /out/app /app/app\n',
      output: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\n',
    },
  ],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\n' }],
  docs: [
    { title: 'Docker docs: Multi-stage builds, name your build stages', url: 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages' },
  ],
  sources: [],
  check({ model, report }) {
    if (model.of('COPY').length === 0) return;
    for (const stage of model.stages) {
      for (const i of stage.instructions) {
        if (i.keyword !== 'COPY') continue;
        const flag = i.flag('from');
        if (!flag) continue;
        const from = copyFrom(i);
        if (!flag || from === undefined || !/^\d+$/.test(from)) continue;
        const target = model.stages[Number(from)];
        if (!target || target.index >= stage.index) continue;
        // A name BuildKit rejects or reserves cannot stand in for the number.
        const name = target.name && isValidStageName(target.name) && !isReservedStageName(target.name) ? target.name : undefined;
        report({
          start: flag.start,
          end: flag.end,
          instruction: i,
          message: name
            ? `--from=${from} is stage "${name}": write --from=${name}, which survives reordering.`
            : `--from=${from} depends on the order of the stages: ${target.name ? `give stage ${from} a valid name` : `name stage ${from}`} (FROM ... AS builder) and refer to it by name.`,
          fix: name ? { title: `Use --from=${name}`, edits: [{ start: flag.start, end: flag.end, text: `--from=${name}` }] } : undefined,
        });
      }
    }
  },
});
