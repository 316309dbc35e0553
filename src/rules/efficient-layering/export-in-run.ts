import { defineRule } from '../define.ts';
import { lastCommandNamed, runs } from '../lib/commands.ts';

export default defineRule({
  id: 'export-in-run',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Use ENV, not export, for later instructions',
  rationale:
    'Every RUN starts a new shell, and the shell\'s variables end with it. An export at the end of a RUN, or a RUN that only exports, sets nothing for the next instruction or for the container. ' +
    'Use ENV NAME=value (or ARG for a value needed only while building); export inside a RUN is fine for the commands that follow it in that same RUN.',
  invalid: [{ code: 'FROM alpine:3.24\nRUN export APP_ENV=production\nCMD ["/app/app"]\n' }],
  valid: [
    { code: 'FROM alpine:3.24\nENV APP_ENV=production\nCMD ["/app/app"]\n' },
    // The export serves the commands after it in the same RUN.
    { code: 'FROM golang:1.27-alpine3.24\nRUN export CGO_ENABLED=0 && go build -o /out/app .\n' },
  ],
  docs: [
    { title: 'Dockerfile reference: ENV', url: 'https://docs.docker.com/reference/dockerfile/#env' },
    { title: 'Docker build best practices: ENV', url: 'https://docs.docker.com/build/building/best-practices/#env' },
  ],
  sources: [],
  check({ model, report }) {
    if (!runs(model, 'export')) return;
    for (const i of model.of('RUN')) {
      // Only the last command: an export before other commands of the RUN does its job.
      const last = lastCommandNamed(i, 'export');
      if (!last) continue;
      const names = last.args.filter((a) => !a.value.startsWith('-')).map((a) => a.value.split('=')[0]).join(', ');
      if (!names) continue;
      report({
        start: last.program.start,
        end: last.end,
        instruction: i,
        message: `export ${names} ends with this RUN's shell, so later instructions and the container never see it: use ENV ${names.split(', ')[0]}=... instead.`,
      });
    }
  },
});
