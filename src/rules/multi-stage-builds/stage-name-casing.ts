import { defineRule } from '../define.ts';

export default defineRule({
  id: 'stage-name-casing',
  practice: 'multi-stage-builds',
  severity: 'info',
  fix: 'safe',
  title: 'Write stage names in lowercase',
  rationale:
    'The builder lowercases stage names, so AS Builder and --from=builder are the same stage. Writing them in lowercase everywhere keeps --target, --from and the FROM line visibly the same.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS Builder\n', output: 'FROM golang:1.27-alpine3.24 AS builder\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\n' }],
  docs: [{ title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' }],
  sources: [{ id: 'buildkit:StageNameCasing', match: 'same' }],
  check({ model, report }) {
    for (const stage of model.stages) {
      const w = stage.nameWord;
      if (!w || !stage.name || stage.name === stage.name.toLowerCase()) continue;
      const lower = stage.name.toLowerCase();
      report({
        start: w.start,
        end: w.end,
        instruction: stage.from,
        message: `Stage name "${stage.name}" should be lowercase: "${lower}".`,
        fix: { title: `Rename to ${lower}`, edits: [{ start: w.start, end: w.end, text: lower }] },
      });
    }
  },
});
