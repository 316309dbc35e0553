import { defineRule } from '../define.ts';
import { parseImage } from '../../engine/image.ts';
import { hasVariable } from '../../engine/words.ts';
import { isValidStageName } from '../lib/stages.ts';

export default defineRule({
  id: 'invalid-copy-from',
  practice: 'multi-stage-builds',
  severity: 'error',
  title: 'Give COPY --from a stage name, index or image',
  rationale:
    'COPY --from takes the name or number of an earlier stage, or an image reference. An empty value or one that is neither (--from=^abc) makes the build fail when it reaches this line.',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY --from= /out/app /app\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nFROM alpine:3.24\nCOPY --from=builder /out/app /app\n' }],
  docs: [{ title: 'Dockerfile reference: COPY --from', url: 'https://docs.docker.com/reference/dockerfile/#copy---from' }],
  sources: [{ id: 'dockerfile-utils:FLAG_INVALID_FROM_VALUE', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('COPY')) {
      const flag = i.flag('from');
      if (!flag || flag.value === null || hasVariable(flag.value, i.escape)) continue;
      const value = i.flagValue('from') ?? '';
      if (value !== '' && (/^\d+$/.test(value) || isValidStageName(value) || parseImage(value).error === null)) continue;
      report({
        start: flag.start,
        end: flag.end,
        instruction: i,
        message: value === '' ? '--from= is empty: name the stage to copy from.' : `"${value}" is neither a stage name, a stage number nor an image reference.`,
      });
    }
  },
});
