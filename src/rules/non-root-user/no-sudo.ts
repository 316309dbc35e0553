import { defineRule } from '../define.ts';
import { allRunCommands, runsAny } from '../lib/commands.ts';
import { baseName } from '../../engine/shell.ts';

export default defineRule({
  id: 'no-sudo',
  practice: 'non-root-user',
  severity: 'warning',
  title: 'Do not use sudo in RUN',
  rationale:
    'RUN already runs as the current USER, root by default, so sudo adds nothing but a setuid binary, a TTY and PAM configuration that behave unpredictably in a build. ' +
    'If a step needs root, put USER root before it and switch back to the app user after it; never install sudo into the image.',
  invalid: [{ code: 'FROM debian:12-slim\nRUN sudo apt-get update\n' }],
  valid: [{ code: 'FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER 1001:1001\n' }],
  docs: [{ title: 'Docker build best practices: USER', url: 'https://docs.docker.com/build/building/best-practices/#user' }],
  sources: [
    { id: 'hadolint:DL3004', match: 'same' },
    { id: 'trivy:DS-0010', match: 'same' },
  ],
  check({ model, report }) {
    if (!runsAny(model, ['sudo'])) return;
    for (const c of allRunCommands(model)) {
      const first = c.words[0];
      if (!first || baseName(first.value) !== 'sudo') continue;
      report({ start: first.start, end: first.end, instruction: c.instruction, message: 'Do not use sudo in RUN: use USER root before this step if it needs root, and switch back after it.' });
    }
  },
});
