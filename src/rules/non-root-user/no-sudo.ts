import { defineRule } from '../define.ts';
import { allRunCommands, runs } from '../lib/commands.ts';
import { baseName } from '../../engine/shell.ts';

/** The user `sudo -u USER`, `sudo --user=USER` or `sudo -uUSER` switches to, or null for root. */
function sudoUser(args: readonly string[]): string | null {
  for (let k = 0; k < args.length; k++) {
    const a = args[k] ?? '';
    if (!a.startsWith('-')) return null;
    if (a === '-u' || a === '--user') return args[k + 1] ?? null;
    if (a.startsWith('--user=')) return a.slice('--user='.length);
    if (/^-u./.test(a)) return a.slice(2);
  }
  return null;
}

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
    if (!runs(model, 'sudo')) return;
    for (const c of allRunCommands(model)) {
      const first = c.words[0];
      if (!first || baseName(first.value) !== 'sudo') continue;
      const user = sudoUser(c.words.slice(1).map((w) => w.value));
      report({
        start: first.start,
        end: first.end,
        instruction: c.instruction,
        message:
          user === null || /^(root|0|#0)$/.test(user)
            ? 'Do not use sudo in RUN: use USER root before this step if it needs root, and switch back after it.'
            : `Do not use sudo in RUN: sudo -u ${user} runs this step as ${user}, which USER ${user} before the RUN does without sudo (switch back with USER root if later steps need it).`,
      });
    }
  },
});
