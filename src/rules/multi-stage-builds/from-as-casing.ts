import { defineRule } from '../define.ts';

export default defineRule({
  id: 'from-as-casing',
  practice: 'multi-stage-builds',
  severity: 'info',
  fix: 'safe',
  title: 'Match the casing of AS to FROM',
  rationale: 'FROM ... as builder mixes cases in one line. Keywords are case-insensitive, but one casing per file reads better: FROM ... AS builder, or from ... as builder.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 as builder\n', output: 'FROM golang:1.27-alpine3.24 AS builder\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\n' }, { code: 'from golang:1.27-alpine3.24 as builder\n' }],
  docs: [{ title: 'Dockerfile reference: FROM', url: 'https://docs.docker.com/reference/dockerfile/#from' }],
  sources: [{ id: 'buildkit:FromAsCasing', match: 'same' }],
  check({ model, report }) {
    for (const stage of model.stages) {
      const from = stage.from;
      const as = stage.asWord;
      if (!from || !as) continue;
      const kw = from.keywordText;
      const want = kw === kw.toUpperCase() ? 'AS' : kw === kw.toLowerCase() ? 'as' : null;
      if (want === null || as.raw === want) continue;
      report({
        start: as.start,
        end: as.end,
        instruction: from,
        message: `"${as.raw}" should match the casing of "${kw}": write "${want}".`,
        fix: { title: `Write ${want}`, edits: [{ start: as.start, end: as.end, text: want }] },
      });
    }
  },
});
