import { defineRule } from '../define.ts';
import { copyArgs } from '../lib/copy.ts';

export default defineRule({
  id: 'copy-dest-not-directory',
  practice: 'efficient-layering',
  severity: 'error',
  fix: 'safe',
  title: 'End the destination with / when copying several files',
  rationale:
    'COPY and ADD with more than one source need a directory as the destination, written with a trailing slash. Without it the build stops with "When using COPY with more than one source file, the destination must be a directory and end with a /".',
  invalid: [{ code: 'FROM alpine:3.24\nCOPY go.mod go.sum /src\n', output: 'FROM alpine:3.24\nCOPY go.mod go.sum /src/\n' }],
  valid: [{ code: 'FROM alpine:3.24\nCOPY go.mod go.sum /src/\n' }],
  docs: [{ title: 'Dockerfile reference: COPY', url: 'https://docs.docker.com/reference/dockerfile/#copy' }],
  sources: [
    { id: 'hadolint:DL3021', match: 'same' },
    { id: 'trivy:DS-0011', match: 'same' },
    { id: 'dockerfile-utils:INVALID_DESTINATION', match: 'same' },
  ],
  check({ model, report }) {
    for (const i of model.of('COPY', 'ADD')) {
      const { sources, dest } = copyArgs(i);
      if (!dest || sources.length < 2 || dest.hasVariable) continue;
      if (dest.value.endsWith('/') || dest.value.endsWith('\\')) continue;
      const json = i.json !== null;
      report({
        start: dest.start,
        end: dest.end,
        instruction: i,
        message: `${i.keyword} has ${sources.length} sources, so its destination must be a directory ending in "/": write ${dest.value}/.`,
        fix: json || /["']$/.test(dest.raw) ? undefined : { title: 'Add a trailing /', edits: [{ start: dest.end, end: dest.end, text: '/' }] },
      });
    }
  },
});
