import { defineRule } from '../define.ts';
import { commandsOf, type Command } from '../lib/commands.ts';
import { shellAt } from '../lib/stages.ts';
import { baseName } from '../../engine/shell.ts';

const pipefailShells = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
const foreignShells = new Set(['pwsh', 'pwsh.exe', 'powershell', 'powershell.exe', 'cmd', 'cmd.exe']);

/** True if the SHELL runs a shell that supports pipefail with it switched on. */
function shellHasPipefail(shell: string[]): boolean {
  const name = baseName(shell[0] ?? '');
  if (!pipefailShells.has(name)) return false;
  return shell.some((arg, k) => arg === 'pipefail' && /^-[a-z]*o$/.test(shell[k - 1] ?? ''));
}

/** True if an earlier command of the same RUN runs `set -o pipefail` (or -eo, -euo ...). */
function setsPipefail(all: readonly Command[], before: Command): boolean {
  return all.some((c) => c.index < before.index && c.name === 'set' && c.args.some((a, k) => a.value === 'pipefail' && /^-[a-z]*o$/.test(c.args[k - 1]?.value ?? '')));
}

export default defineRule({
  id: 'missing-pipefail',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Set pipefail before piping in RUN',
  rationale:
    'RUN runs /bin/sh -c, and a pipeline\'s exit status is that of its last command. In RUN wget -O - URL | tar xz, a failed download still lets the step succeed, and the layer is cached without the files. ' +
    'Set SHELL ["/bin/bash", "-eo", "pipefail", "-c"] (on Alpine, /bin/ash supports it too) before such a RUN, or begin the RUN with set -o pipefail in a shell that supports it.',
  invalid: [{ code: 'FROM debian:12-slim\nRUN wget -qO- https://example.com/tool.tgz | tar xz\n' }],
  valid: [
    { code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://example.com/tool.tgz | tar xz\n' },
    { code: 'FROM alpine:3.21\nRUN set -o pipefail && wget -qO- https://example.com/tool.tgz | tar xz\n' },
  ],
  docs: [{ title: 'Docker build best practices: Using pipes', url: 'https://docs.docker.com/build/building/best-practices/#using-pipes' }],
  sources: [{ id: 'hadolint:DL4006', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('RUN')) {
      if (!i.args.text.includes('|')) continue;
      const all = commandsOf(i);
      const piped = all.find((c) => c.after === '|' || c.after === '|&');
      if (!piped) continue;
      const shell = i.json === null ? shellAt(model, i) : null;
      if (shell && (foreignShells.has(baseName(shell[0] ?? '').toLowerCase()) || shellHasPipefail(shell))) continue;
      if (setsPipefail(all, piped)) continue;
      const next = all[piped.index + 1];
      report({
        start: piped.program.start,
        end: next?.end ?? piped.end,
        instruction: i,
        message: `If \`${piped.name}\` fails, this pipe still succeeds: set SHELL ["/bin/bash", "-eo", "pipefail", "-c"] (or /bin/ash on Alpine) before this RUN.`,
      });
    }
  },
});
