import { defineRule } from '../define.ts';
import { isBrokenExecForm, toExecForm, withExec } from '../lib/exec-form.ts';
import { binShOf, rootRef } from '../lib/images.ts';
import { lastInChain, shellAt } from '../lib/stages.ts';
import { baseName } from '../../engine/shell.ts';

/** What happens to the shell, by shell (measured with scripts/measure/shell-exec.sh: dash 0.5.12, bash 5.2, Debian's BusyBox 1.35 and 1.37). */
const shellStays =
  "unless the shell replaces itself with the app (BusyBox and bash do for the last command, Debian's dash does not), the shell stays PID 1 and does not forward SIGTERM";

const posixShells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

export default defineRule({
  id: 'shell-form-entrypoint',
  practice: 'signal-handling',
  severity: 'warning',
  fix: 'safe',
  title: 'Use the exec form for ENTRYPOINT and CMD',
  rationale:
    'In shell form, ENTRYPOINT ./app runs as /bin/sh -c ./app, and whether the app becomes PID 1 depends on the shell. ' +
    'dash, the /bin/sh of Debian and Ubuntu, starts the command as a child and stays PID 1: it does not pass docker stop\'s SIGTERM on to the app, which is killed with SIGKILL after the grace period (10 s by default), without a chance to shut down cleanly. ' +
    'BusyBox ash (alpine) and bash replace themselves with the last command of a -c string when it is a simple command, so a lone command does become PID 1 there, but a pipe, a command after it or a move to a Debian-based image puts the shell back in front. ' +
    'None of the three does this for the last line of a script file, so an entrypoint script must end with exec too. ' +
    'So on a base whose /bin/sh is BusyBox (alpine, the -alpine variants) or bash (centos, fedora, ubi), a lone simple command is reported only at info: the app is PID 1 today, and the exec form keeps it so. ' +
    'A shell-form ENTRYPOINT also ignores CMD and docker run arguments. Write ENTRYPOINT ["/app/app"], so the app is PID 1 and receives signals itself whatever the shell.',
  invalid: [{ code: 'FROM alpine:3.24\nENTRYPOINT /app/app\n', output: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }],
  valid: [{ code: 'FROM alpine:3.24\nENTRYPOINT ["/app/app"]\n' }, { code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Start-Service app\n' }],
  docs: [
    { title: 'Dockerfile reference: ENTRYPOINT', url: 'https://docs.docker.com/reference/dockerfile/#entrypoint' },
    { title: 'Docker build best practices: ENTRYPOINT', url: 'https://docs.docker.com/build/building/best-practices/#entrypoint' },
    { title: 'Dockerfile reference: Shell and exec form', url: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form' },
    { title: 'Build checks: JSONArgsRecommended', url: 'https://docs.docker.com/reference/build-checks/json-args-recommended/' },
  ],
  sources: [
    { id: 'hadolint:DL3025', match: 'same' },
    { id: 'buildkit:JSONArgsRecommended', match: 'same' },
  ],
  disagreement:
    'hadolint also asks for the exec form in HEALTHCHECK CMD, where the shell form does no harm to signal handling (see shell-form-without-shell for shell-less images). ' +
    'BuildKit stays quiet whenever the stage sets a SHELL; we stay quiet only when that SHELL is not a POSIX shell (PowerShell, cmd, a custom program), because /bin/bash -c still does not forward signals.',
  check({ model, report }) {
    for (const i of model.of('CMD', 'ENTRYPOINT')) {
      if (i.onbuild || i.json !== null) continue;
      if (i.shellText.text.trim() === '' || isBrokenExecForm(i)) continue;
      const shell = shellAt(model, i);
      if (shell && !posixShells.has(baseName(shell[0] ?? '').toLowerCase())) continue;
      const fixed = toExecForm(i);
      const exec = fixed ? null : withExec(i);
      const cmd = i.keyword === 'ENTRYPOINT' && i.stage ? lastInChain(i.stage, 'CMD') : undefined;
      // A lone simple command (one the exec form can hold) on an image whose /bin/sh is BusyBox
      // or bash: the shell replaces itself with it, so it is PID 1 and gets SIGTERM today. The exec
      // form still keeps that true when the command grows or the base moves to Debian: info.
      const sh = fixed && !cmd && !shell && i.stage ? binShOf(rootRef(i.stage)) : null;
      const message = sh
        ? `Shell-form ${i.keyword} runs the app under /bin/sh -c, which is ${sh === 'bash' ? 'bash' : 'BusyBox ash'} on this base: it replaces itself with a lone command, so the app is PID 1 and gets SIGTERM. The exec form, ${fixed}, keeps it so if the command grows or the base changes to a Debian one, whose dash does not.`
        : `${
            i.keyword === 'ENTRYPOINT'
              ? 'Shell-form ENTRYPOINT runs the app under /bin/sh -c and ignores CMD'
              : 'Shell-form CMD runs the app under /bin/sh -c'
          }; ${shellStays}: ${fixed ? `use the exec form, ${fixed}` : exec ? `start the app with exec, ${exec}, so that it replaces the shell` : 'use the exec form (a JSON array), or start the app with exec so that it replaces the shell'}.`;
      report({
        start: i.keywordStart,
        end: i.keywordEnd,
        instruction: i,
        ...(sh ? { severity: 'info' as const } : {}),
        message,
        // An exec-form ENTRYPOINT takes CMD as its arguments, which the shell form ignored.
        fix: fixed
          ? { title: 'Convert to exec form', edits: [{ start: i.keywordStart, end: i.shellOffset(i.shellText.text.trimEnd().length - 1) + 1, text: fixed }], applicability: i.keyword === 'ENTRYPOINT' && cmd ? 'unsafe' : undefined }
          : undefined,
      });
    }
  },
});
