import { defineRule } from '../define.ts';
import { isReservedStageName, isValidStageName } from '../lib/stages.ts';

export default defineRule({
  id: 'invalid-stage-name',
  practice: 'multi-stage-builds',
  severity: 'error',
  title: 'Use a valid, unreserved stage name',
  rationale:
    'A stage name starts with a letter and holds only letters, digits, "-", "_" and ".". The names scratch and context are reserved: FROM scratch means the empty image, and context names the build context in COPY --from and --build-context. ' +
    'BuildKit refuses to parse a file with an invalid name (an error), and its ReservedStageName check warns on a reserved one: the build still runs, but the name is confusing.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS 1st-build\n' }, { code: 'FROM alpine:3.24 AS scratch\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS build.v1\n' }],
  docs: [
    { title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' },
    { title: 'Docker docs: Multi-stage builds, name your build stages', url: 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages' },
  ],
  sources: [
    { id: 'dockerfile-utils:INVALID_BUILD_STAGE_NAME', match: 'same' },
    { id: 'buildkit:ReservedStageName', match: 'same' },
    { id: 'hadolint:DL3063', match: 'same' },
  ],
  check({ model, report }) {
    for (const stage of model.stages) {
      const w = stage.nameWord;
      if (!w || !stage.name) continue;
      if (!isValidStageName(stage.name)) {
        report({
          start: w.start,
          end: w.end,
          instruction: stage.from,
          message: `invalid name for build stage: "${stage.name}", name can't start with a number or contain symbols (BuildKit refuses the file): start with a letter and use only letters, digits, "-", "_" and ".".`,
        });
      } else if (isReservedStageName(stage.name)) {
        // BuildKit's ReservedStageName is a build check, a warning: the build still runs.
        const meaning = stage.name.toLowerCase() === 'scratch' ? 'the empty image' : 'the build context';
        report({ start: w.start, end: w.end, instruction: stage.from, severity: 'warning', message: `'${stage.name}' is reserved (${meaning}) and should not be used as a stage name: pick another one.` });
      }
    }
  },
});
