import { defineRule } from '../define.ts';

export default defineRule({
  id: 'duplicate-stage-name',
  practice: 'multi-stage-builds',
  severity: 'error',
  title: 'Give every stage a unique name',
  rationale:
    'Stage names are case-insensitive and must be unique: COPY --from=build and --target build must say which stage they mean. BuildKit stops with "duplicate stage name". ' +
    'Rename one of the stages, for example build-app and build-docs.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS build\nRUN go build -o /out/app .\n\nFROM node:22 AS build\nRUN npm run build\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS build-app\nRUN go build -o /out/app .\n\nFROM node:22 AS build-docs\nRUN npm run build\n' }],
  docs: [
    { title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' },
    { title: 'Docker docs: Multi-stage builds, name your build stages', url: 'https://docs.docker.com/build/building/multi-stage/#name-your-build-stages' },
  ],
  sources: [
    { id: 'hadolint:DL3024', match: 'same' },
    { id: 'buildkit:DuplicateStageName', match: 'same' },
    { id: 'dockerfile-utils:DUPLICATE_BUILD_STAGE_NAME', match: 'same' },
    { id: 'trivy:DS-0012', match: 'same' },
    { id: 'checkov:CKV_DOCKER_11', match: 'same' },
  ],
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameWord) continue;
      const first = model.stageNamed(stage.name);
      if (!first || first === stage) continue;
      report({
        start: stage.nameWord.start,
        end: stage.nameWord.end,
        instruction: stage.from,
        message: `Stage name "${stage.name}" is already used by stage ${first.index} (names are case-insensitive): rename one of them.`,
      });
    }
  },
});
