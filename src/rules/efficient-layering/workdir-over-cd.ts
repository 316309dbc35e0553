import { defineRule } from '../define.ts';
import { commandsOf, lastCommandNamed, runs } from '../lib/commands.ts';

export default defineRule({
  id: 'workdir-over-cd',
  practice: 'efficient-layering',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Use WORKDIR to change directory',
  rationale:
    'Every RUN starts a new shell in the working directory set by WORKDIR. A cd at the end of a RUN, or a RUN that only runs cd, changes nothing for the next instruction, and the files land somewhere else than the reader expects. ' +
    'Use WORKDIR /path; cd inside a RUN is fine for the commands that follow it in that same RUN.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN cd /app\nCOPY app /app/app\n', output: 'FROM alpine:3.24\nWORKDIR /app\nCOPY app /app/app\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nWORKDIR /app\nCOPY app /app/app\n' },
    { code: 'FROM alpine:3.24\nRUN cd /tmp && wget -q https://example.com/x.tgz\n' },
    { code: 'FROM node:24-alpine\nWORKDIR /app\nRUN if [ -f web/package.json ]; then cd web && npm ci && npm run build && cd ..; fi\n' },
  ],
  docs: [
    { title: 'Docker build best practices: WORKDIR', url: 'https://docs.docker.com/build/building/best-practices/#workdir' },
    { title: 'Dockerfile reference: WORKDIR', url: 'https://docs.docker.com/reference/dockerfile/#workdir' },
  ],
  sources: [
    { id: 'hadolint:DL3003', match: 'inspired' },
    { id: 'trivy:DS-0013', match: 'inspired' },
  ],
  disagreement:
    'hadolint flags every cd in a RUN. We only flag a cd whose effect is lost (the last command of the RUN): RUN cd /src && make is a normal, readable way to run a command in a directory, and a cd .. or cd - that goes back after an earlier cd of the same RUN only tidies up.',
  check({ model, report }) {
    if (!runs(model, 'cd')) return;
    for (const i of model.of('RUN')) {
      const last = lastCommandNamed(i, 'cd');
      if (!last) continue;
      const all = commandsOf(i);
      const target = last.args[0];
      // cd .. or cd - after an earlier cd of the same RUN goes back to where it started
      // (cd frontend && npm run build && cd ..): tidying up, not an attempt to move later steps.
      if (target !== undefined && /^(-|\.\.(\/\.\.)*\/?)$/.test(target.value) && all.some((c) => c.name === 'cd' && c.index < last.index)) continue;
      const only = all.length === 1 && i.flags.length === 0 && target !== undefined && target.raw.startsWith('/') && last.args.length === 1 && !i.onbuild;
      report({
        start: last.program.start,
        end: last.end,
        instruction: i,
        message: 'cd at the end of a RUN has no effect on later instructions: use WORKDIR.',
        fix: only ? { title: `Replace with WORKDIR ${target.raw}`, edits: [{ start: i.keywordStart, end: last.end, text: `WORKDIR ${target.raw}` }] } : undefined,
      });
    }
  },
});
