import { defineRule } from '../define.ts';

const names = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT',
  'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
  'RTMIN', 'RTMAX',
]);

export function isValidSignal(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 255;
  const name = value.toUpperCase().replace(/^SIG/, '');
  if (names.has(name)) return true;
  const rt = /^RTM(IN\+(\d+)|AX-(\d+))$/.exec(name);
  return rt !== null && Number(rt[2] ?? rt[3]) >= 1 && Number(rt[2] ?? rt[3]) <= 15;
}

export default defineRule({
  id: 'invalid-stop-signal',
  practice: 'signal-handling',
  severity: 'error',
  title: 'STOPSIGNAL must name a signal',
  rationale:
    'STOPSIGNAL sets the signal docker stop sends first (SIGTERM by default). Use it when the app shuts down cleanly on another signal, such as SIGQUIT for nginx. ' +
    'It takes a signal name (SIGTERM, TERM) or a number from 1 to 255; anything else fails the build.',
  invalid: [{ code: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUITE\n' }],
  valid: [{ code: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\n' }, { code: 'FROM alpine:3.24\nSTOPSIGNAL 15\n' }],
  docs: [
    { title: 'Dockerfile reference: STOPSIGNAL', url: 'https://docs.docker.com/reference/dockerfile/#stopsignal' },
    { title: 'signal(7) Linux manual page', url: 'https://man7.org/linux/man-pages/man7/signal.7.html' },
  ],
  sources: [{ id: 'dockerfile-utils:INVALID_SIGNAL', match: 'same' }],
  check({ model, report }) {
    for (const i of model.of('STOPSIGNAL')) {
      const w = i.words[0];
      if (!w) continue;
      const e = i.expand(w.raw);
      if (!e.error && (e.modified || (e.unresolved && e.undeclared.length === 0))) continue;
      if (!e.error && isValidSignal(e.value)) continue;
      report({ start: w.start, end: w.end, instruction: i, message: `"${e.error ? w.raw : e.value}" is not a signal: use a name such as SIGTERM or SIGQUIT, or a number from 1 to 255.` });
    }
  },
});
