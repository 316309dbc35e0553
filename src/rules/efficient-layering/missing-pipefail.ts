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

/** Producers that do not fail in practice (shell builtins writing their arguments), or keywords the tokenizer sees as commands. */
const cannotFail = new Set(['echo', 'printf', 'true', 'yes', 'case', 'esac', 'for', 'do', 'done', 'if', 'then', 'else', 'fi', 'while', '{', '}', '(', ')']);

/**
 * True if the consumer fails when its input is empty, so a producer that fails without output
 * already fails the pipe: `| grep PATTERN` (-v and -c too), `| apt-key add -`, `| gpg --import`,
 * `| sha256sum -c`, `| tar xz`. Then "the pipe still succeeds" would not be true.
 */
function failsOnEmptyInput(c: Command | undefined): boolean {
  if (!c) return false;
  const values = c.args.map((a) => a.value);
  // grep exits 1 when it selects no line, and empty input has none to select, with -v or -c too
  // (GNU and BusyBox grep alike).
  if (c.name === 'grep' || c.name === 'egrep' || c.name === 'fgrep') return true;
  if (c.name === 'apt-key') return values[0] === 'add';
  if (c.name === 'gpg' || c.name === 'gpg2') return values.some((v) => v === '--import' || v === '--dearmor' || v === '--verify');
  if (/^(sha(1|224|256|384|512)|md5)sum$/.test(c.name)) return values.some((v) => v === '-c' || v === '--check' || /^-[a-z]*c/.test(v));
  // tar that decompresses (xz, xJ, -xzf -, --gzip): empty or cut-off input is no valid gzip, xz or
  // bzip2 stream, so the extraction fails. A plain `tar x` is left alone: not every tar fails then.
  if (c.name === 'tar') return tarDecompresses(values);
  return false;
}

/** True if tar's options extract (x) and decompress (z, J, j, or a long --gzip, --xz, --bzip2, --zstd). */
function tarDecompresses(values: readonly string[]): boolean {
  const long = values.filter((v) => v.startsWith('--'));
  // The first word may be bundled options without a dash: tar xzf -.
  const short = values.filter((v, k) => (v.startsWith('-') && !v.startsWith('--')) || (k === 0 && /^[a-zA-Z]+$/.test(v))).join('');
  const extracts = /x/.test(short) || long.includes('--extract') || long.includes('--get');
  const decompresses = /[zJj]/.test(short) || long.some((v) => /^--(gzip|gunzip|ungzip|xz|bzip2|zstd|lzma)$/.test(v));
  return extracts && decompresses;
}

/** True for `amd64 | x86_64)` in a case statement: the bar separates patterns, it is no pipe. */
function isCasePattern(producer: Command, consumer: Command | undefined): boolean {
  if (!consumer || consumer.after !== ')' || consumer.words.length !== 1) return false;
  return producer.name === 'case' || producer.before === ';;' || producer.words.length === 1;
}

/** The first pipe of a RUN where a failing producer really goes unnoticed. */
function silentPipe(all: readonly Command[]): { producer: Command; consumer: Command | undefined } | undefined {
  for (const c of all) {
    if (c.after !== '|' && c.after !== '|&') continue;
    const consumer = all[c.index + 1];
    if (cannotFail.has(c.name) || failsOnEmptyInput(consumer) || isCasePattern(c, consumer)) continue;
    return { producer: c, consumer };
  }
  return undefined;
}

export default defineRule({
  id: 'missing-pipefail',
  practice: 'efficient-layering',
  severity: 'warning',
  title: 'Set pipefail before piping in RUN',
  rationale:
    'RUN runs /bin/sh -c, and a pipeline\'s exit status is that of its last command. In RUN curl -fsSL URL | sh, a failed download gives sh an empty script, which succeeds: the step passes and the layer is cached without what the script installs. ' +
    'A consumer that fails on empty or cut-off input already fails the step, so the rule leaves it alone: grep, apt-key add, gpg --import, sha256sum -c and a tar that decompresses (tar xz). ' +
    'Set SHELL ["/bin/bash", "-eo", "pipefail", "-c"] (on Alpine, /bin/ash supports it too) before such a RUN, or begin the RUN with set -o pipefail in a shell that supports it.',
  invalid: [{ code: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n' }],
  valid: [
    { code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/install.sh | sh\n' },
    { code: 'FROM alpine:3.24\nRUN set -o pipefail && wget -qO- https://example.com/install.sh | sh\n' },
    // The consumer fails on empty input, so a failed download already fails the step.
    { code: 'FROM debian:12-slim\nRUN wget -qO- https://example.com/tool.tgz | tar xz\n' },
    { code: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/key.asc | apt-key add -\n' },
    { code: 'FROM debian:12-slim\nRUN gpg --batch --fingerprint "$KEY" | grep -q "$FPR"\n' },
    // The bars of a case pattern are no pipe.
    { code: 'FROM debian:12-slim\nRUN case "$(uname -m)" in amd64 | x86_64) a=x64 ;; aarch64 | arm64) a=arm64 ;; esac\n' },
    // echo does not fail.
    { code: 'FROM debian:12-slim\nRUN echo "$SHA  app.tgz" | sha256sum -c -\n' },
  ],
  docs: [{ title: 'Docker build best practices: Using pipes', url: 'https://docs.docker.com/build/building/best-practices/#using-pipes' }],
  sources: [{ id: 'hadolint:DL4006', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('RUN')) {
      if (!i.args.text.includes('|')) continue;
      const all = commandsOf(i);
      const pipe = silentPipe(all);
      if (!pipe) continue;
      const piped = pipe.producer;
      const shell = i.json === null ? shellAt(model, i) : null;
      if (shell && (foreignShells.has(baseName(shell[0] ?? '').toLowerCase()) || shellHasPipefail(shell))) continue;
      if (setsPipefail(all, piped)) continue;
      const next = pipe.consumer;
      report({
        start: piped.program.start,
        end: next?.end ?? piped.end,
        instruction: i,
        message: `If \`${piped.name}\` fails, this pipe still succeeds: set SHELL ["/bin/bash", "-eo", "pipefail", "-c"] (or /bin/ash on Alpine) before this RUN.`,
      });
    }
  },
});
